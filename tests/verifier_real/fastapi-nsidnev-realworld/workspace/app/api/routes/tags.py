# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/api/routes/tags.py
from fastapi import APIRouter, Depends

from app.api.dependencies.database import get_repository

from app.db.repositories.tags import TagsRepository

from app.models.schemas.tags import TagsInList

router = APIRouter()

async def get_all_tags(
    tags_repo: TagsRepository = Depends(get_repository(TagsRepository)),
) -> TagsInList:
    tags = await tags_repo.get_all_tags()
    return TagsInList(tags=tags)
