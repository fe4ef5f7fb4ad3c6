"""HTTP handlers (FastAPI router)."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import JSONResponse

from app.dependencies import get_services
from app.services.avatars import default_image

router = APIRouter(prefix="/api")


async def payload(request: Request) -> Any:
    try:
        return await request.json()
    except ValueError:
        return None


def viewer(authorization: str | None = Header(default=None), services=Depends(get_services)):
    return services.users.authenticate(authorization)


def maybe_viewer(authorization: str | None = Header(default=None), services=Depends(get_services)):
    return services.users.optional_user(authorization)


@router.post("/users", status_code=201)
async def register(body=Depends(payload), services=Depends(get_services)):
    created = services.users.register(body)
    if not created["user"]["image"]:
        created["user"]["image"] = await default_image(created["user"]["email"])
    return created


@router.post("/users/login")
async def login(request: Request, body=Depends(payload), services=Depends(get_services)):
    client = request.client.host if request.client else "unknown"
    return services.users.login(body, client)


@router.get("/user")
def current_user(user=Depends(viewer), services=Depends(get_services)):
    return services.users.user_body(user)


@router.put("/user")
def update_user(user=Depends(viewer), body=Depends(payload), services=Depends(get_services)):
    return services.users.update(user, body)


@router.get("/profiles/{username}")
def profile(username: str, user=Depends(maybe_viewer), services=Depends(get_services)):
    return services.users.profile(username, user)


@router.post("/profiles/{username}/follow")
def follow(username: str, user=Depends(viewer), services=Depends(get_services)):
    return services.users.follow(user, username, True)


@router.delete("/profiles/{username}/follow")
def unfollow(username: str, user=Depends(viewer), services=Depends(get_services)):
    return services.users.follow(user, username, False)


@router.get("/articles")
def list_articles(tag: str | None = None, author: str | None = None, favorited: str | None = None, limit: int = 20, offset: int = 0, user=Depends(maybe_viewer), services=Depends(get_services)):
    return services.articles.list(user, tag=tag, author=author, favorited=favorited, limit=limit, offset=offset)


@router.get("/articles/feed")
def feed(limit: int = 20, offset: int = 0, user=Depends(viewer), services=Depends(get_services)):
    return services.articles.feed(user, limit=limit, offset=offset)


@router.post("/articles", status_code=201)
def create_article(user=Depends(viewer), body=Depends(payload), services=Depends(get_services)):
    return services.articles.create(user, body)


@router.get("/articles/{slug}")
def get_article(slug: str, user=Depends(maybe_viewer), services=Depends(get_services)):
    return services.articles.get(slug, user)


@router.put("/articles/{slug}")
def update_article(slug: str, user=Depends(viewer), body=Depends(payload), services=Depends(get_services)):
    return services.articles.update(user, slug, body)


@router.delete("/articles/{slug}")
def delete_article(slug: str, user=Depends(viewer), services=Depends(get_services)):
    services.articles.delete(user, slug)
    return JSONResponse({})


@router.post("/articles/{slug}/favorite")
def favorite(slug: str, user=Depends(viewer), services=Depends(get_services)):
    return services.articles.favorite(user, slug, True)


@router.delete("/articles/{slug}/favorite")
def unfavorite(slug: str, user=Depends(viewer), services=Depends(get_services)):
    return services.articles.favorite(user, slug, False)


@router.get("/articles/{slug}/comments")
def comments(slug: str, user=Depends(maybe_viewer), services=Depends(get_services)):
    return services.articles.comments(slug, user)


@router.post("/articles/{slug}/comments")
def add_comment(slug: str, user=Depends(viewer), body=Depends(payload), services=Depends(get_services)):
    return services.articles.add_comment(user, slug, body)


@router.delete("/articles/{slug}/comments/{comment_id}")
def delete_comment(slug: str, comment_id: int, user=Depends(viewer), services=Depends(get_services)):
    services.articles.delete_comment(user, slug, comment_id)
    return JSONResponse({})


@router.get("/tags")
def tags(services=Depends(get_services)):
    return services.articles.tags()
