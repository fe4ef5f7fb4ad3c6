# excerpt of https://github.com/luizcarloscf/fastapi-realworld-example@f2f07e92e5cb:conduit/api/routes/tag.py
import logging

from fastapi import APIRouter, status

import conduit.services.tag as tag_service

from conduit.api.dependencies import SessionDB

from conduit.schemas.tag import TagsResponse

router = APIRouter()

async def get_tags(session: SessionDB) -> TagsResponse:
    tags = await tag_service.get_all_tags(session=session)
    return TagsResponse(tags=[tag.name for tag in tags])
