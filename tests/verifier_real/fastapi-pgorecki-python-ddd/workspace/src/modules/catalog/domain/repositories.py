# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/catalog/domain/repositories.py
from abc import ABC

from modules.catalog.domain.entities import GenericUUID, Listing

from seedwork.domain.repositories import GenericRepository

class ListingRepository(GenericRepository[GenericUUID, Listing], ABC):
    """An interface for Listing repository"""
