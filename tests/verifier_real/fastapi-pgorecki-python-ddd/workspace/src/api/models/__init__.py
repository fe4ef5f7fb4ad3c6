# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/api/models/__init__.py
