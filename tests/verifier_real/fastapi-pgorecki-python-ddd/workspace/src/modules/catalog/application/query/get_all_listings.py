# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/catalog/application/query/get_all_listings.py
from sqlalchemy.orm import Session

from modules.catalog.application import catalog_module

from modules.catalog.application.query.model_mappers import map_listing_model_to_dao

from modules.catalog.infrastructure.listing_repository import ListingModel

from seedwork.application.queries import Query

class GetAllListings(Query):
    """This query does not need any parameters"""

async def get_all_listings(
    query: GetAllListings,
    session: Session,
) -> list[ListingModel]:
    queryset = session.query(ListingModel)
    listings = [map_listing_model_to_dao(row) for row in queryset.all()]
    return listings
