"""Articles: listing, feed, CRUD, favorites and tags."""

from __future__ import annotations

import re
import secrets
from typing import Any

from conduit.models.article import Article
from conduit.models.user import User
from conduit.repositories.articles import ArticleRepository
from conduit.services.errors import Forbidden, NotFound, ValidationFailed
from conduit.services.users import ProfileService

MAX_LIMIT = 100


def slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug or "article"

def _page(limit: Any, offset: Any) -> tuple[int, int]:
    try:
        limit, offset = int(limit if limit is not None else 20), int(offset if offset is not None else 0)
    except (TypeError, ValueError) as exc:
        raise ValidationFailed("must be an integer", field="limit") from exc
    if limit < 0 or offset < 0:
        raise ValidationFailed("must not be negative", field="limit")
    return min(limit, MAX_LIMIT), offset


class ArticleService:
    def __init__(self, articles: ArticleRepository, profiles: ProfileService) -> None:
        self._articles = articles
        self._profiles = profiles

    def present(self, article: Article, viewer: User | None) -> dict[str, Any]:
        return {
            "slug": article.slug,
            "title": article.title,
            "description": article.description,
            "body": article.body,
            "tagList": article.tag_list,
            "createdAt": article.created_at.isoformat().replace("+00:00", "Z"),
            "updatedAt": article.updated_at.isoformat().replace("+00:00", "Z"),
            "favorited": viewer is not None and self._articles.is_favorited(viewer.id, article.id),
            "favoritesCount": self._articles.favorites_count(article.id),
            "author": self._profiles.present(article.author, viewer),
        }

    def _many(self, found: tuple[list[Article], int], viewer: User | None) -> dict[str, Any]:
        articles, total = found
        return {"articles": [self.present(a, viewer) for a in articles], "articlesCount": total}

    def list(self, filters: dict[str, Any], viewer: User | None) -> dict[str, Any]:
        limit, offset = _page(filters.get("limit"), filters.get("offset"))
        found = self._articles.list(
            tag=filters.get("tag"),
            author=filters.get("author"),
            favorited_by=filters.get("favorited"),
            limit=limit,
            offset=offset,
        )
        return self._many(found, viewer)

    def feed(self, viewer: User, filters: dict[str, Any]) -> dict[str, Any]:
        limit, offset = _page(filters.get("limit"), filters.get("offset"))
        return self._many(self._articles.feed(viewer.id, limit=limit, offset=offset), viewer)

    def find(self, slug: str) -> Article:
        article = self._articles.get_by_slug(slug)
        if article is None:
            raise NotFound("article")
        return article

    def get(self, slug: str, viewer: User | None) -> dict[str, Any]:
        return self.present(self.find(slug), viewer)

    def _unique_slug(self, title: str) -> str:
        slug = slugify(title)
        while self._articles.slug_exists(slug):
            slug = f"{slugify(title)}-{secrets.token_hex(3)}"
        return slug

    def create(self, author: User, data: dict[str, Any]) -> dict[str, Any]:
        for field in ("title", "description", "body"):
            if not isinstance(data.get(field), str) or not data[field].strip():
                raise ValidationFailed("can't be blank", field=field)
        tags = data.get("tagList") or []
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ValidationFailed("must be a list of strings", field="tagList")
        article = Article(
            slug=self._unique_slug(data["title"]),
            title=data["title"],
            description=data["description"],
            body=data["body"],
            author_id=author.id,
        )
        return self.present(self._articles.add(article, tags), author)

    def update(self, slug: str, editor: User, data: dict[str, Any]) -> dict[str, Any]:
        article = self.find(slug)
        if article.author_id != editor.id:
            raise Forbidden("only the author may edit this article")
        if data.get("title") and data["title"] != article.title:
            article.title = data["title"]
            article.slug = self._unique_slug(data["title"])
        for field in ("description", "body"):
            if field in data and data[field] is not None:
                setattr(article, field, data[field])
        return self.present(self._articles.save(article), editor)

    def delete(self, slug: str, editor: User) -> None:
        article = self.find(slug)
        if article.author_id != editor.id:
            raise Forbidden("only the author may delete this article")
        self._articles.delete(article.id)

    def favorite(self, slug: str, viewer: User) -> dict[str, Any]:
        article = self.find(slug)
        self._articles.favorite(viewer.id, article.id)
        return self.present(article, viewer)

    def unfavorite(self, slug: str, viewer: User) -> dict[str, Any]:
        article = self.find(slug)
        self._articles.unfavorite(viewer.id, article.id)
        return self.present(article, viewer)

    def tags(self) -> list[str]:
        return self._articles.all_tags()
