# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/bidding/application/command/__init__.py
from .place_bid import PlaceBidCommand

from .retract_bid import RetractBidCommand
