"""Articles, the feed, favorites and tags."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from conduit.providers import ArticleServiceDep, CurrentUser, OptionalUser, envelope

router = APIRouter(tags=["articles"])


@router.get("/articles")
def list_articles(
    articles: ArticleServiceDep,
    viewer: OptionalUser,
    tag: str | None = None,
    author: str | None = None,
    favorited: str | None = None,
    limit: int = Query(20, ge=0),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    filters = {"tag": tag, "author": author, "favorited": favorited, "limit": limit, "offset": offset}
    return articles.list(filters, viewer)


@router.get("/articles/feed")
def feed(
    articles: ArticleServiceDep, me: CurrentUser, limit: int = Query(20, ge=0), offset: int = Query(0, ge=0)
) -> dict[str, Any]:
    return articles.feed(me, {"limit": limit, "offset": offset})


@router.post("/articles", status_code=201)
def create_article(articles: ArticleServiceDep, me: CurrentUser, article: dict[str, Any] = envelope("article")) -> dict[str, Any]:
    return {"article": articles.create(me, article)}


@router.get("/articles/{slug}")
def get_article(slug: str, articles: ArticleServiceDep, viewer: OptionalUser) -> dict[str, Any]:
    return {"article": articles.get(slug, viewer)}


@router.put("/articles/{slug}")
def update_article(
    slug: str, articles: ArticleServiceDep, me: CurrentUser, article: dict[str, Any] = envelope("article")
) -> dict[str, Any]:
    return {"article": articles.update(slug, me, article)}


@router.delete("/articles/{slug}")
def delete_article(slug: str, articles: ArticleServiceDep, me: CurrentUser) -> dict[str, Any]:
    articles.delete(slug, me)
    return {}


@router.post("/articles/{slug}/favorite")
def favorite(slug: str, articles: ArticleServiceDep, me: CurrentUser) -> dict[str, Any]:
    return {"article": articles.favorite(slug, me)}


@router.delete("/articles/{slug}/favorite")
def unfavorite(slug: str, articles: ArticleServiceDep, me: CurrentUser) -> dict[str, Any]:
    return {"article": articles.unfavorite(slug, me)}


@router.get("/tags")
def tags(articles: ArticleServiceDep) -> dict[str, Any]:
    return {"tags": articles.tags()}
