# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/auctions/auctions/domain/entities/__init__.py
from auctions.domain.entities.auction import Auction

from auctions.domain.entities.bid import Bid
