from fastapi import APIRouter, Depends

from ..dependencies import current_user, get_feed_service
from ..services.feed_service import FeedService

router = APIRouter(prefix="/api")


@router.get("/articles/feed")
async def feed(limit: int = 20, offset: int = 0, service: FeedService = Depends(get_feed_service), user=Depends(current_user)):
    return await service.feed(user, limit, offset)
