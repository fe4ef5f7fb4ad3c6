# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/api/routers/catalog.py
from typing import Annotated

from fastapi import APIRouter, Depends

from api.dependencies import Application, User, get_application, get_authenticated_user

from api.models.catalog import ListingIndexModel, ListingReadModel, ListingWriteModel

from config.container import inject

from modules.catalog.application.command import (
    CreateListingDraftCommand,
    DeleteListingDraftCommand,
    PublishListingDraftCommand,
)

from modules.catalog.application.query.get_all_listings import GetAllListings

from modules.catalog.application.query.get_listing_details import GetListingDetails

from seedwork.domain.value_objects import GenericUUID, Money

router = APIRouter()

async def get_all_listings(app: Annotated[Application, Depends(get_application)]):
    """
    Shows all published listings in the catalog
    """
    query = GetAllListings()
    result = await app.execute_async(query)
    return dict(data=result)

async def get_listing_details(
    listing_id, app: Annotated[Application, Depends(get_application)]
):
    """
    Shows listing details
    """
    query = GetListingDetails(listing_id=listing_id)
    query_result = await app.execute_async(query)
    return dict(data=query_result.payload)

async def create_listing(
    request_body: ListingWriteModel,
    app: Annotated[Application, Depends(get_application)],
    current_user: Annotated[User, Depends(get_authenticated_user)],
):
    """
    Creates a new listing
    """
    command = CreateListingDraftCommand(
        listing_id=GenericUUID.next_id(),
        title=request_body.title,
        description=request_body.description,
        ask_price=Money(request_body.ask_price_amount, request_body.ask_price_currency),
        seller_id=current_user.id,
    )
    app.execute(command)

    query = GetListingDetails(listing_id=command.listing_id)
    query_result = app.execute_query(query)
    return dict(query_result.payload)

async def delete_listing(
    listing_id,
    app: Annotated[Application, Depends(get_application)],
    current_user: Annotated[User, Depends(get_authenticated_user)],
):
    """
    Deletes a listing
    """
    command = DeleteListingDraftCommand(
        listing_id=listing_id,
        seller_id=current_user.id,
    )
    await app.execute_async(command)

async def publish_listing(
    listing_id: GenericUUID,
    app: Annotated[Application, Depends(get_application)],
    current_user: Annotated[User, Depends(get_authenticated_user)],
):
    """
    Publishes a listing
    """
    command = PublishListingDraftCommand(
        listing_id=listing_id,
        seller_id=current_user.id,
    )
    await app.execute_async(command)

    query = GetListingDetails(listing_id=listing_id)
    response = await app.execute_async(query)
    return response
