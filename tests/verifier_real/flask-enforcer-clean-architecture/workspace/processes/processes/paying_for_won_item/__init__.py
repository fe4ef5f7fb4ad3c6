# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/processes/processes/paying_for_won_item/__init__.py
from processes.paying_for_won_item.saga import PayingForWonItem, PayingForWonItemData

from processes.paying_for_won_item.saga_handler import PayingForWonItemHandler
