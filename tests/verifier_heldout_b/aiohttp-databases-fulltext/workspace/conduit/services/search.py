"""Search use case: slugs from the index, full articles from the article service."""
from __future__ import annotations

from conduit.repositories import search


class SearchService:
    def __init__(self, articles):
        self.articles = articles

    async def search(self, q: str, viewer) -> dict:
        slugs = await search.search_slugs(q)
        return {"articles": [self.articles.get(slug, viewer)["article"] for slug in slugs], "articlesCount": len(slugs)}
