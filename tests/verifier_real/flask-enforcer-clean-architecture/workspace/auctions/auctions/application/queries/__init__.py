# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/auctions/auctions/application/queries/__init__.py
from auctions.application.queries.auctions import AuctionDto, GetActiveAuctions, GetSingleAuction
