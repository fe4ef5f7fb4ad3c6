# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/bidding/application/query/__init__.py
from .get_bidding_details import GetBiddingDetails

from .get_pastdue_listings import GetPastdueListings
