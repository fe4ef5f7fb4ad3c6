# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/seedwork/domain/type_hints.py
from typing import List

from seedwork.domain.events import DomainEvent
