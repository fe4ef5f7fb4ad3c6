# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/auctions/auctions/domain/entities/bid.py
from dataclasses import dataclass

from typing import Optional

from foundation.value_objects import Money

from auctions.domain.value_objects import BidderId, BidId

class Bid:
    id: Optional[BidId]
    bidder_id: BidderId
    amount: Money
