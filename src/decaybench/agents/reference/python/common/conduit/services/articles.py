"""Articles: listing, writing, editing, deleting, and what readers do with them."""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from conduit.models import Article, utc_now
from conduit.repositories import Database, UnitOfWork
from conduit.repositories.articles import ArticleFilter
from conduit.services.errors import Forbidden, NotFound, Unauthorized, ValidationFailed
from conduit.services.presenters import article_json
from conduit.services.retry import retry_on_conflict
from conduit.services.validation import Form

DEFAULT_LIMIT = 20
MAX_LIMIT = 500


def slugify(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return slug[:200].rstrip("-") or "article"


def page(limit: Any, offset: Any) -> tuple[int, int]:
    """Parse limit/offset from query values (strings or ints); absent -> defaults."""

    def number(value: Any, name: str, default: int) -> int:
        if value is None or value == "":
            return default
        try:
            parsed = int(value)
        except (TypeError, ValueError):
            raise ValidationFailed("must be an integer", field=name) from None
        if parsed < 0:
            raise ValidationFailed("must not be negative", field=name)
        return parsed

    return min(number(limit, "limit", DEFAULT_LIMIT), MAX_LIMIT), number(offset, "offset", 0)


def article_by_slug(uow: UnitOfWork, slug: str) -> Article:
    """The article with this slug, or NotFound (shared by every use case that takes a slug)."""
    article = uow.articles.by_slug(slug)
    if article is None:
        raise NotFound(f"article {slug!r} not found")
    return article


class ArticleService:
    def __init__(self, database: Database) -> None:
        self.database = database

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _own_article(uow: UnitOfWork, viewer_id: int | None, slug: str) -> Article:
        if viewer_id is None:
            raise Unauthorized()
        article = article_by_slug(uow, slug)
        if article.author_id != viewer_id:
            raise Forbidden("only the author may change this article")
        return article

    @staticmethod
    def _present_many(uow: UnitOfWork, viewer_id: int | None, articles: Sequence[Article]) -> list[dict[str, Any]]:
        # feature: favorites
        ids = [a.id for a in articles]
        counts = uow.favorites.counts(ids)
        favorited = uow.favorites.favorited_among(viewer_id, ids) if viewer_id is not None else set()
        # end feature: favorites
        # feature: following
        followed = (
            uow.follows.followed_among(viewer_id, {a.author_id for a in articles}) if viewer_id is not None else set()
        )
        # end feature: following
        return [
            article_json(
                a,
                favorited=a.id in favorited,  # feature: favorites
                favorites_count=counts.get(a.id, 0),  # feature: favorites
                following=a.author_id in followed,  # feature: following
            )
            for a in articles
        ]

    def _present_one(self, uow: UnitOfWork, viewer_id: int | None, article: Article) -> dict:
        return {"article": self._present_many(uow, viewer_id, [article])[0]}

    @staticmethod
    def _unique_slug(uow: UnitOfWork, title: str, *, except_id: int | None = None) -> str:
        """The title's slug, plus a short random suffix when another article has it.

        A random suffix (not -2, -3...) keeps concurrent writers of one title from racing
        for the same next number.
        """
        base = slugify(title)
        slug = base
        while uow.articles.slug_taken(slug, except_id=except_id):
            slug = f"{base}-{secrets.token_hex(3)}"
        return slug

    # -- queries ---------------------------------------------------------------------------
    def list(
        self,
        viewer_id: int | None,
        *,
        tag: str | None = None,  # feature: tags
        author: str | None = None,
        favorited: str | None = None,  # feature: favorites
        limit: Any = None,
        offset: Any = None,
    ) -> dict[str, Any]:
        size, skip = page(limit, offset)
        where = ArticleFilter(
            tag=tag,  # feature: tags
            author=author,
            favorited_by=favorited,  # feature: favorites
        )
        with self.database.unit_of_work() as uow:
            articles, total = uow.articles.search(where, limit=size, offset=skip)
            return {"articles": self._present_many(uow, viewer_id, articles), "articlesCount": total}

    # feature: feed
    def feed(self, viewer_id: int | None, *, limit: Any = None, offset: Any = None) -> dict[str, Any]:
        if viewer_id is None:
            raise Unauthorized()
        size, skip = page(limit, offset)
        with self.database.unit_of_work() as uow:
            articles, total = uow.articles.search(ArticleFilter(followed_by=viewer_id), limit=size, offset=skip)
            return {"articles": self._present_many(uow, viewer_id, articles), "articlesCount": total}

    # end feature: feed

    def get(self, viewer_id: int | None, slug: str) -> dict[str, Any]:
        with self.database.unit_of_work() as uow:
            return self._present_one(uow, viewer_id, article_by_slug(uow, slug))

    # -- commands --------------------------------------------------------------------------
    @retry_on_conflict
    def create(self, viewer_id: int | None, data: Mapping[str, Any]) -> dict[str, Any]:
        if viewer_id is None:
            raise Unauthorized()
        form = Form(data)
        title = form.text("title", required=True) or ""
        description = form.text("description", required=True) or ""
        body = form.text("body", required=True) or ""
        tag_names = form.tags()  # feature: tags
        form.check()
        with self.database.unit_of_work() as uow:
            now = utc_now()
            article = uow.articles.add(
                Article(
                    slug=self._unique_slug(uow, title),
                    title=title,
                    description=description,
                    body=body,
                    author_id=viewer_id,
                    created_at=now,
                    updated_at=now,
                )
            )
            uow.articles.set_tags(article, uow.tags.get_or_create(tag_names))  # feature: tags
            uow.commit()
            return self._present_one(uow, viewer_id, article)

    @retry_on_conflict
    def update(self, viewer_id: int | None, slug: str, data: Mapping[str, Any]) -> dict[str, Any]:
        form = Form(data)
        title = form.text("title")
        description = form.text("description")
        body = form.text("body")
        tags_given = "tagList" in data  # feature: tags
        tag_names = form.tags()  # feature: tags
        form.check()
        with self.database.unit_of_work() as uow:
            article = self._own_article(uow, viewer_id, slug)
            if title is not None and title != article.title:
                article.title = title
                article.slug = self._unique_slug(uow, title, except_id=article.id)
            if description is not None:
                article.description = description
            if body is not None:
                article.body = body
            # feature: tags
            if tags_given:
                uow.articles.set_tags(article, uow.tags.get_or_create(tag_names))
            # end feature: tags
            article.updated_at = utc_now()
            uow.commit()
            return self._present_one(uow, viewer_id, article)

    def delete(self, viewer_id: int | None, slug: str) -> dict[str, Any]:
        with self.database.unit_of_work() as uow:
            uow.articles.delete(self._own_article(uow, viewer_id, slug))
            uow.commit()
            return {}

    # feature: favorites

    @retry_on_conflict
    def favorite(self, viewer_id: int | None, slug: str) -> dict[str, Any]:
        if viewer_id is None:
            raise Unauthorized()
        with self.database.unit_of_work() as uow:
            article = article_by_slug(uow, slug)
            uow.favorites.add(viewer_id, article.id)
            uow.commit()
            return self._present_one(uow, viewer_id, article)

    @retry_on_conflict
    def unfavorite(self, viewer_id: int | None, slug: str) -> dict[str, Any]:
        if viewer_id is None:
            raise Unauthorized()
        with self.database.unit_of_work() as uow:
            article = article_by_slug(uow, slug)
            uow.favorites.remove(viewer_id, article.id)
            uow.commit()
            return self._present_one(uow, viewer_id, article)

    # end feature: favorites
