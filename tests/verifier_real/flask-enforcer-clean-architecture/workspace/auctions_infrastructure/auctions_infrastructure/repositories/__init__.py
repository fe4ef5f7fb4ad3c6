# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/auctions_infrastructure/auctions_infrastructure/repositories/__init__.py
from auctions_infrastructure.repositories.auctions import SqlAlchemyAuctionsRepo
