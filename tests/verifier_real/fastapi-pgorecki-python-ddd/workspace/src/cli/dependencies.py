# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/cli/dependencies.py
