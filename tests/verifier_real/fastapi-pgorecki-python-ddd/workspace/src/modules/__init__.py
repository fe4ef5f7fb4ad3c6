# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/__init__.py
