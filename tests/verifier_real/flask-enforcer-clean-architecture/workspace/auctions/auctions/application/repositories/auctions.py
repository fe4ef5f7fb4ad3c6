# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/auctions/auctions/application/repositories/auctions.py
import abc

from auctions.domain.entities import Auction

from auctions.domain.value_objects import AuctionId

class AuctionsRepository(abc.ABC):
    @abc.abstractmethod
    def get(self, auction_id: AuctionId) -> Auction:
        pass

    @abc.abstractmethod
    def save(self, auction: Auction) -> None:
        pass
