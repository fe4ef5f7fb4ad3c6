# excerpt of adr1enbe4udou1n/fastapi-realworld-example-app@243262143c64:app/api/routes/tags.py
from fastapi import APIRouter

from sqlalchemy import select

from app.db.session import SessionLocalRo

from app.models.tag import Tag

from app.schemas.tags import TagsResponse

router = APIRouter()

async def get_list() -> TagsResponse:
    async with SessionLocalRo() as db:
        tags = await db.scalars(select(Tag).order_by(Tag.name))
        return TagsResponse(tags=[tag.name for tag in tags])
