from ..repositories.feed_repository import FeedRepository


class FeedService:
    def __init__(self, feed: FeedRepository) -> None:
        self.feed_repo = feed

    async def feed(self, viewer, limit: int = 20, offset: int = 0) -> dict:
        rows = await self.feed_repo.feed(viewer.id, limit, offset)
        articles = [
            {
                "slug": r["slug"], "title": r["title"], "description": r["description"], "body": r["body"],
                "tagList": [], "favorited": False, "favoritesCount": 0,
                "createdAt": r["created_at"].isoformat(), "updatedAt": r["updated_at"].isoformat(),
                "author": {"username": r["username"], "bio": r["bio"], "image": r["image"], "following": True},
            }
            for r in rows
        ]
        return {"articles": articles, "articlesCount": len(articles)}
