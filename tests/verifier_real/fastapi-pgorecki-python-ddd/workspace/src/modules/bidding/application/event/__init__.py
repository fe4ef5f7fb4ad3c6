# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/bidding/application/event/__init__.py
from .notify_outbid_winner import notify_outbid_winner

from .when_listing_is_published_start_auction import (
    when_listing_is_published_start_auction,
)
