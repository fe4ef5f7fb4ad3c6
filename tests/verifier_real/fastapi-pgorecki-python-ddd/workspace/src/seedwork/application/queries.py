# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/seedwork/application/queries.py
from lato import Command

class Query(Command):
    """Base class for all queries"""
