# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/config/__init__.py
