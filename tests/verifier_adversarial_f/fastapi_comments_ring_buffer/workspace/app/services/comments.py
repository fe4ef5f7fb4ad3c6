"""Comment use cases."""
from __future__ import annotations

from app.db import session_scope
from app.repositories.articles import ArticleRepository
from app.repositories.users import UserRepository
from app.services import comment_store
from app.services.errors import Forbidden, Invalid, NotFound
from app.services.users import present_profile


def _article_id(session, slug: str) -> int:
    article = ArticleRepository(session).by_slug(slug)
    if article is None:
        raise NotFound("body", "article not found")
    return article.id


def add(slug: str, user_id: int, data: dict) -> dict:
    if not isinstance(data.get("body"), str) or not data["body"].strip():
        raise Invalid("body", "can't be blank")
    with session_scope() as session:
        author = UserRepository(session).by_id(user_id)
        comment = comment_store.add(_article_id(session, slug), user_id, data["body"])
        return {**{k: v for k, v in comment.items() if k != "author_id"}, "author": present_profile(author, author)}


def listing(slug: str, viewer_id) -> dict:
    with session_scope() as session:
        users = UserRepository(session)
        viewer = users.by_id(viewer_id) if viewer_id else None
        rows = comment_store.for_article(_article_id(session, slug))
        return {"comments": [{**{k: v for k, v in c.items() if k != "author_id"}, "author": present_profile(users.by_id(c["author_id"]), viewer)} for c in rows]}


def delete(slug: str, comment_id: int, user_id: int) -> None:
    with session_scope() as session:
        outcome = comment_store.remove(_article_id(session, slug), comment_id, user_id)
    if outcome is None:
        raise NotFound("body", "comment not found")
    if outcome is False:
        raise Forbidden("body", "not the author")
