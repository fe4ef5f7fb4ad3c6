# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/bidding/domain/exceptions.py
from seedwork.domain.exceptions import DomainException

class BidCannotBePlacedException(DomainException):
    ...
