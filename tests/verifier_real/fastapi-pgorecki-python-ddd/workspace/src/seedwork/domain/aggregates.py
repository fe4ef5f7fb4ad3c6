# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/seedwork/domain/aggregates.py
from .entities import Entity

class Aggregate(Entity):
    ...
