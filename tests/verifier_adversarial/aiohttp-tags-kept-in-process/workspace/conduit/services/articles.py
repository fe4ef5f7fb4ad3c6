import re
import uuid

from conduit.models import Article
from conduit.repositories.articles import ArticleRepository
from conduit.services.errors import Forbidden, NotFound


def slugify(title: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "article"
    return f"{base}-{uuid.uuid4().hex[:6]}"


class ArticleService:
    def __init__(self, articles: ArticleRepository) -> None:
        self.articles = articles

    def create(self, author_id: int, data: dict) -> dict:
        article = Article(
            slug=slugify(data["title"]),
            title=data["title"],
            description=data["description"],
            body=data["body"],
            author_id=author_id,
        )
        self.articles.add(article)
        self.articles.set_tags(article.id, data.get("tagList") or [])
        self.articles.commit()
        return self.present(article, author_id)

    def get(self, slug: str, viewer_id: int | None) -> dict:
        article = self.articles.by_slug(slug)
        if article is None:
            raise NotFound("article not found")
        return self.present(article, viewer_id)

    def delete(self, slug: str, user_id: int) -> None:
        article = self.articles.by_slug(slug)
        if article is None:
            raise NotFound("article not found")
        if article.author_id != user_id:
            raise Forbidden("only the author may delete this article")
        self.articles.remove(article)
        self.articles.commit()

    def listing(self, viewer_id: int | None, **filters) -> dict:
        rows, total = self.articles.listing(**filters)
        return {"articles": [self.present(a, viewer_id) for a in rows], "articlesCount": total}

    def tags(self) -> list[str]:
        return self.articles.all_tags()

    def present(self, article: Article, viewer_id: int | None) -> dict:
        return {
            "slug": article.slug,
            "title": article.title,
            "description": article.description,
            "body": article.body,
            "tagList": self.articles.tags_of(article.id),
            "createdAt": article.created_at.isoformat(),
            "updatedAt": article.updated_at.isoformat(),
            "favorited": False,
            "favoritesCount": self.articles.favorites_count(article.id),
            "author": {"username": article.author.username, "bio": article.author.bio,
                       "image": article.author.image, "following": False},
        }
