# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/catalog/domain/value_objects.py
from seedwork.domain.value_objects import GenericUUID, ValueObject

from enum import Enum

class ListingStatus(str, Enum):
    DRAFT = "draft"
    PUBLISHED = "published"
