"""Articles, comments and tags endpoints."""

from __future__ import annotations

from fastapi import APIRouter, Body, Depends, status

from conduit.deps import current_user, get_services, optional_user
from conduit.services import Services

router = APIRouter(prefix="/api")


@router.get("/articles")
def list_articles(tag: str | None = None, author: str | None = None, favorited: str | None = None,
                  limit: int = 20, offset: int = 0, viewer=Depends(optional_user),
                  services: Services = Depends(get_services)):
    return services.articles.list(viewer, tag=tag, author=author, favorited=favorited, limit=limit, offset=offset)


@router.get("/articles/feed")
def feed(limit: int = 20, offset: int = 0, user=Depends(current_user), services: Services = Depends(get_services)):
    return services.articles.feed(user, limit, offset)


@router.post("/articles", status_code=status.HTTP_201_CREATED)
def create(body: dict = Body(...), user=Depends(current_user), services: Services = Depends(get_services)):
    return services.articles.create(user, body.get("article") or {})


@router.get("/articles/{slug}")
def get(slug: str, viewer=Depends(optional_user), services: Services = Depends(get_services)):
    return services.articles.get(slug, viewer)


@router.put("/articles/{slug}")
def update(slug: str, body: dict = Body(...), user=Depends(current_user), services: Services = Depends(get_services)):
    return services.articles.update(slug, user, body.get("article") or {})


@router.delete("/articles/{slug}")
def delete(slug: str, user=Depends(current_user), services: Services = Depends(get_services)):
    services.articles.delete(slug, user)
    return {}


@router.post("/articles/{slug}/favorite")
def favorite(slug: str, user=Depends(current_user), services: Services = Depends(get_services)):
    return services.articles.favorite(slug, user, True)


@router.delete("/articles/{slug}/favorite")
def unfavorite(slug: str, user=Depends(current_user), services: Services = Depends(get_services)):
    return services.articles.favorite(slug, user, False)


@router.get("/articles/{slug}/comments")
def comments(slug: str, viewer=Depends(optional_user), services: Services = Depends(get_services)):
    return services.articles.comments(slug, viewer)


@router.post("/articles/{slug}/comments")
def add_comment(slug: str, body: dict = Body(...), user=Depends(current_user),
                services: Services = Depends(get_services)):
    return services.articles.add_comment(slug, user, body.get("comment") or {})


@router.delete("/articles/{slug}/comments/{comment_id}")
def delete_comment(slug: str, comment_id: int, user=Depends(current_user),
                   services: Services = Depends(get_services)):
    services.articles.delete_comment(slug, comment_id, user)
    return {}


@router.get("/tags")
def tags(services: Services = Depends(get_services)):
    return services.articles.tags()
