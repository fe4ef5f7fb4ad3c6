# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/iam/application/__init__.py
from seedwork.application import ApplicationModule
