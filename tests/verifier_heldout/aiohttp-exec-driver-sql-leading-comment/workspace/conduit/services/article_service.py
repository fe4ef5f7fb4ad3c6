import re
import uuid

from ..models import Article, User
from ..repositories.article_repository import ArticleRepository
from .errors import Forbidden, NotFound, ServiceError


def slugify(title: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "article"
    return f"{base}-{uuid.uuid4().hex[:6]}"


class ArticleService:
    def __init__(self, articles: ArticleRepository) -> None:
        self.articles = articles

    def get(self, slug: str) -> Article:
        article = self.articles.get_by_slug(slug)
        if article is None:
            raise NotFound("article not found")
        return article

    def list(self, **filters) -> tuple[list[Article], int]:
        return self.articles.list(**filters)

    def create(self, author: User, data: dict) -> Article:
        if not data.get("title") or not data.get("body"):
            raise ServiceError("title and body are required")
        article = Article(
            slug=slugify(data["title"]),
            title=data["title"],
            description=data.get("description", ""),
            body=data["body"],
            author=author,
            tags=self.articles.tags_named(data.get("tagList") or []),
        )
        return self.articles.add(article)

    def delete(self, user: User, slug: str) -> None:
        article = self.get(slug)
        if article.author_id != user.id:
            raise Forbidden("only the author may delete this article")
        self.articles.delete(article)

    def tags(self) -> list[str]:
        return self.articles.all_tags()
