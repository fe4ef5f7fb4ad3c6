# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/bidding/domain/value_objects.py
from datetime import datetime

from dataclasses import dataclass, field

from seedwork.domain.value_objects import GenericUUID, Money, ValueObject

class Bidder(ValueObject):
    id: GenericUUID

class Seller(ValueObject):
    id: GenericUUID

class Bid(ValueObject):
    max_price: Money  # a maximum price that a bidder is willing to pay
    bidder: Bidder
    placed_at: datetime = field(default_factory=datetime.utcnow)
