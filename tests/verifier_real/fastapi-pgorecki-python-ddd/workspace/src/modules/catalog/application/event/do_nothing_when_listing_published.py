# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/catalog/application/event/do_nothing_when_listing_published.py
from modules.catalog.domain.events import ListingPublishedEvent

from seedwork.infrastructure.logging import logger

from modules.catalog.application import catalog_module
