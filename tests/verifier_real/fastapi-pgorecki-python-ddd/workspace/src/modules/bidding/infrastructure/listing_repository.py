# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/bidding/infrastructure/listing_repository.py
import datetime

import uuid

from sqlalchemy.dialects.postgresql import JSONB

from sqlalchemy.sql.schema import Column

from sqlalchemy_json import mutable_json_type

from sqlalchemy_utils import UUIDType

from modules.bidding.domain.entities import Bid, Bidder, Listing, Money, Seller

from modules.bidding.domain.repositories import ListingRepository

from seedwork.domain.value_objects import GenericUUID

from seedwork.infrastructure.database import Base

from seedwork.infrastructure.repository import SqlAlchemyGenericRepository

class ListingModel(Base):
    """Data model for listing domain object in the bidding context"""

    __tablename__ = "bidding_listing"
    id = Column(UUIDType(binary=False), primary_key=True, default=uuid.uuid4)
    data = Column(mutable_json_type(dbtype=JSONB, nested=True))

class ListingDataMapper:
    def model_to_entity(self, instance: ListingModel) -> Listing:
        d = instance.data
        return Listing(
            id=deserialize_id(instance.id),
            seller=Seller(id=deserialize_id(d["seller_id"])),
            ask_price=deserialize_money(d["ask_price"]),
            starts_at=deserialize_datetime(d["starts_at"]),
            ends_at=deserialize_datetime(d["ends_at"]),
        )

    def entity_to_model(self, entity: Listing) -> ListingModel:
        return ListingModel(
            id=entity.id,
            data={
                "starts_at": serialize_datetime(entity.starts_at),
                "ends_at": serialize_datetime(entity.ends_at),
                "ask_price": serialize_money(entity.ask_price),
                "seller_id": serialize_id(entity.seller.id),
                "bids": [serialize_bid(b) for b in entity.bids],
            },
        )

class PostgresJsonListingRepository(SqlAlchemyGenericRepository, ListingRepository):
    """Listing repository implementation"""

    mapper_class = ListingDataMapper
    model_class = ListingModel
