"""Article use cases."""
from __future__ import annotations

import re
import secrets

from app.db import session_scope
from app.models import Article
from app.repositories.articles import ArticleRepository
from app.repositories.users import UserRepository
from app.services.errors import Forbidden, Invalid, NotFound
from app.services.users import present_profile


def slugify(title: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "article"
    return f"{base}-{secrets.token_hex(3)}"


def present(article: Article, viewer) -> dict:
    fans = {u.id for u in article.favorited_by}
    return {
        "slug": article.slug, "title": article.title, "description": article.description, "body": article.body,
        "tagList": [t.name for t in article.tags], "createdAt": article.created_at.isoformat(),
        "updatedAt": article.updated_at.isoformat(), "favorited": bool(viewer and viewer.id in fans),
        "favoritesCount": len(fans), "author": present_profile(article.author, viewer),
    }


def create(user_id: int, data: dict) -> dict:
    for key in ("title", "description", "body"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise Invalid(key, "can't be blank")
    with session_scope() as session:
        author = UserRepository(session).by_id(user_id)
        repo = ArticleRepository(session)
        article = Article(slug=slugify(data["title"]), title=data["title"], description=data["description"],
                          body=data["body"], author=author)
        article.tags = repo.tags_named(sorted(set(data.get("tagList") or [])))
        repo.add(article)
        return present(article, author)


def listing(viewer_id, **filters) -> dict:
    with session_scope() as session:
        viewer = UserRepository(session).by_id(viewer_id) if viewer_id else None
        rows, count = ArticleRepository(session).listing(**filters)
        return {"articles": [present(a, viewer) for a in rows], "articlesCount": count}


def get(slug: str, viewer_id) -> dict:
    with session_scope() as session:
        viewer = UserRepository(session).by_id(viewer_id) if viewer_id else None
        article = ArticleRepository(session).by_slug(slug)
        if article is None:
            raise NotFound("body", "article not found")
        return present(article, viewer)


def delete(slug: str, user_id: int) -> None:
    with session_scope() as session:
        repo = ArticleRepository(session)
        article = repo.by_slug(slug)
        if article is None:
            raise NotFound("body", "article not found")
        if article.author_id != user_id:
            raise Forbidden("body", "not the author")
        repo.delete(article)


def tags() -> dict:
    with session_scope() as session:
        return {"tags": ArticleRepository(session).all_tags()}
