# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/auctions/auctions/domain/exceptions.py
class BidOnEndedAuction(Exception):
    pass

class AuctionHasNotEnded(Exception):
    pass

class AuctionAlreadyEnded(Exception):
    pass

class AuctionEndingInThePast(Exception):
    pass
