# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/catalog/application/query/__init__.py
from .get_all_listings import GetAllListings

from .get_listing_details import GetListingDetails

from .get_listings_of_seller import GetListingsOfSeller
