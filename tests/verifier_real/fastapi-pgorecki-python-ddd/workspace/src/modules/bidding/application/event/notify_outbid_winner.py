# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/bidding/application/event/notify_outbid_winner.py
from modules.bidding.application import bidding_module

from modules.bidding.domain.events import BidWasPlaced

from seedwork.infrastructure.logging import logger
