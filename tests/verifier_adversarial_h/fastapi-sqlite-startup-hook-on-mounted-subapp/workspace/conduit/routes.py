"""HTTP routes (FastAPI router)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Header, Query

from conduit.errors import ValidationFailed
from conduit.services import articles, users

router = APIRouter()


def _viewer(authorization: str | None, required: bool = False):
    return users.resolve_token(authorization, required)


def _payload(data: Any, key: str) -> dict:
    if not isinstance(data, dict) or not isinstance(data.get(key), dict):
        raise ValidationFailed("body", f"{key} is required")
    return data[key]


@router.post("/users", status_code=201)
def register(data: Any = Body(None)):
    return {"user": users.register(_payload(data, "user"))}


@router.post("/users/login")
def login(data: Any = Body(None)):
    return {"user": users.login(_payload(data, "user"))}


@router.get("/user")
def current_user(authorization: str | None = Header(None)):
    return {"user": users.current(_viewer(authorization, True))}


@router.put("/user")
def update_user(data: Any = Body(None), authorization: str | None = Header(None)):
    viewer = _viewer(authorization, True)
    return {"user": users.update(viewer, _payload(data, "user"))}


@router.get("/profiles/{username}")
def profile(username: str, authorization: str | None = Header(None)):
    return {"profile": users.profile(username, _viewer(authorization))}


@router.post("/profiles/{username}/follow")
def follow(username: str, authorization: str | None = Header(None)):
    return {"profile": users.set_following(username, _viewer(authorization, True), True)}


@router.delete("/profiles/{username}/follow")
def unfollow(username: str, authorization: str | None = Header(None)):
    return {"profile": users.set_following(username, _viewer(authorization, True), False)}


@router.get("/articles")
def list_articles(
    tag: str | None = None,
    author: str | None = None,
    favorited: str | None = None,
    limit: int = Query(20, ge=0),
    offset: int = Query(0, ge=0),
    authorization: str | None = Header(None),
):
    return articles.list_articles(
        _viewer(authorization), tag=tag, author=author, favorited=favorited, limit=limit, offset=offset
    )


@router.get("/articles/feed")
def feed(limit: int = Query(20, ge=0), offset: int = Query(0, ge=0), authorization: str | None = Header(None)):
    return articles.feed(_viewer(authorization, True), limit=limit, offset=offset)


@router.post("/articles", status_code=201)
def create_article(data: Any = Body(None), authorization: str | None = Header(None)):
    viewer = _viewer(authorization, True)
    return {"article": articles.create(viewer, _payload(data, "article"))}


@router.get("/articles/{slug}")
def get_article(slug: str, authorization: str | None = Header(None)):
    return {"article": articles.get(slug, _viewer(authorization))}


@router.put("/articles/{slug}")
def update_article(slug: str, data: Any = Body(None), authorization: str | None = Header(None)):
    viewer = _viewer(authorization, True)
    return {"article": articles.update(slug, viewer, _payload(data, "article"))}


@router.delete("/articles/{slug}")
def delete_article(slug: str, authorization: str | None = Header(None)):
    articles.delete(slug, _viewer(authorization, True))
    return {}


@router.post("/articles/{slug}/favorite")
def favorite(slug: str, authorization: str | None = Header(None)):
    return {"article": articles.set_favorite(slug, _viewer(authorization, True), True)}


@router.delete("/articles/{slug}/favorite")
def unfavorite(slug: str, authorization: str | None = Header(None)):
    return {"article": articles.set_favorite(slug, _viewer(authorization, True), False)}


@router.get("/articles/{slug}/comments")
def comments(slug: str, authorization: str | None = Header(None)):
    return articles.comments(slug, _viewer(authorization))


@router.post("/articles/{slug}/comments")
def add_comment(slug: str, data: Any = Body(None), authorization: str | None = Header(None)):
    viewer = _viewer(authorization, True)
    return {"comment": articles.add_comment(slug, viewer, _payload(data, "comment"))}


@router.delete("/articles/{slug}/comments/{comment_id}")
def delete_comment(slug: str, comment_id: int, authorization: str | None = Header(None)):
    articles.delete_comment(slug, comment_id, _viewer(authorization, True))
    return {}


@router.get("/tags")
def tags():
    return articles.tags()
