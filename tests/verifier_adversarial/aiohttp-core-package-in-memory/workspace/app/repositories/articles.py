import asyncio

from app.models.article import Article


class InMemoryArticleRepository:
    def __init__(self) -> None:
        self._items: dict[str, Article] = {}
        self._lock = asyncio.Lock()

    async def add(self, article: Article) -> None:
        async with self._lock:
            self._items[article.slug] = article

    async def get(self, slug: str) -> Article | None:
        return self._items.get(slug)

    async def newest_first(self, limit: int, offset: int) -> tuple[list[Article], int]:
        items = sorted(self._items.values(), key=lambda a: a.created_at, reverse=True)
        return items[offset:offset + limit], len(items)
