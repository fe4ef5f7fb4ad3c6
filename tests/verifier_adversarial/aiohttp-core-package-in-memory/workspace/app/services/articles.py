import re
import secrets

from app.core.clock import now
from app.models.article import Article
from app.repositories.articles import InMemoryArticleRepository


class NotFound(Exception):
    pass


class ArticleService:
    def __init__(self, repo: InMemoryArticleRepository) -> None:
        self.repo = repo

    async def create(self, author: str, title: str, description: str, body: str, tags: list[str]) -> Article:
        slug = f"{re.sub(r'[^a-z0-9]+', '-', title.lower()).strip('-')}-{secrets.token_hex(3)}"
        stamp = now()
        article = Article(slug, title, description, body, author, stamp, stamp, tags)
        await self.repo.add(article)
        return article

    async def get(self, slug: str) -> Article:
        article = await self.repo.get(slug)
        if article is None:
            raise NotFound(slug)
        return article
