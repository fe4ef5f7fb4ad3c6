# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/auctions/auctions/application/repositories/__init__.py
__all__ = ["AuctionsRepository"]

from auctions.application.repositories.auctions import AuctionsRepository
