# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/catalog/application/__init__.py
from lato import ApplicationModule

import importlib

importlib.import_module("modules.catalog.application.query")
