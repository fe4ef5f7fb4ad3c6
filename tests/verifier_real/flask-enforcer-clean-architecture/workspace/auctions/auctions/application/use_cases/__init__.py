# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/auctions/auctions/application/use_cases/__init__.py
from auctions.application.use_cases.beginning_auction import BeginningAuction, BeginningAuctionInputDto

from auctions.application.use_cases.ending_auction import EndingAuction, EndingAuctionInputDto

from auctions.application.use_cases.placing_bid import (
    PlacingBid,
    PlacingBidInputDto,
    PlacingBidOutputBoundary,
    PlacingBidOutputDto,
)

from auctions.application.use_cases.withdrawing_bids import WithdrawingBids, WithdrawingBidsInputDto
