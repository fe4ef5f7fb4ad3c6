# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/cli/__main__.py
import uuid

from config.container import TopLevelContainer

from modules.catalog.application.command import CreateListingDraftCommand

from modules.catalog.application.query import GetAllListings

from modules.catalog.domain.repositories import ListingRepository

from modules.catalog.infrastructure.listing_repository import Base

from seedwork.domain.value_objects import Money

from seedwork.infrastructure.logging import LoggerFactory, logger

container.config.from_dict(
    dict(
        # DATABASE_URL="sqlite+pysqlite:///:memory:",
        DATABASE_URL="postgresql://postgres:password@localhost:5432/postgres",
        DATABASE_ECHO=False,
        DEBUG=True,
    )
)

query_result = app.execute_query(GetAllListings())

with app.transaction_context() as ctx:
    # see `create_listing_draft` command handler in `src/modules/catalog/application/command/create_listing_draft.py`
    ctx.execute(
        CreateListingDraftCommand(
            listing_id=uuid.uuid4(),
            title="First listing",
            description="...",
            ask_price=Money(100),
            seller_id=uuid.UUID(int=1),
        )
    )

with app.transaction_context() as ctx:
    listing_repository = ctx.get_service(ListingRepository)
    listing_count = listing_repository.count()
    logger.info(f"There are {listing_count} listings in the database")
