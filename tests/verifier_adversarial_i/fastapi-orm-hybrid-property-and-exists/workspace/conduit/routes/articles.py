from fastapi import APIRouter, Body, Depends, Request

from conduit.routes.auth import optional_user, required_user
from conduit.services.articles import article_service

router = APIRouter(prefix="/api")


@router.get("/articles")
def list_articles(request: Request, auth=Depends(optional_user)):
    return article_service.list(auth[0], dict(request.query_params))


@router.get("/articles/feed")
def feed(request: Request, auth=Depends(required_user)):
    return article_service.feed(auth[0], dict(request.query_params))


@router.post("/articles", status_code=201)
def create_article(payload: dict = Body(...), auth=Depends(required_user)):
    return {"article": article_service.create(auth[0], payload.get("article") or {})}


@router.get("/articles/{slug}")
def get_article(slug: str, auth=Depends(optional_user)):
    return {"article": article_service.get(slug, auth[0])}


@router.put("/articles/{slug}")
def update_article(slug: str, payload: dict = Body(...), auth=Depends(required_user)):
    return {"article": article_service.update(slug, auth[0], payload.get("article") or {})}


@router.delete("/articles/{slug}")
def delete_article(slug: str, auth=Depends(required_user)):
    article_service.delete(slug, auth[0])
    return {}


@router.post("/articles/{slug}/favorite")
def favorite(slug: str, auth=Depends(required_user)):
    return {"article": article_service.favorite(slug, auth[0], True)}


@router.delete("/articles/{slug}/favorite")
def unfavorite(slug: str, auth=Depends(required_user)):
    return {"article": article_service.favorite(slug, auth[0], False)}


@router.get("/articles/{slug}/comments")
def comments(slug: str, auth=Depends(optional_user)):
    return {"comments": article_service.comments(slug, auth[0])}


@router.post("/articles/{slug}/comments")
def add_comment(slug: str, payload: dict = Body(...), auth=Depends(required_user)):
    return {"comment": article_service.add_comment(slug, auth[0], payload.get("comment") or {})}


@router.delete("/articles/{slug}/comments/{comment_id}")
def delete_comment(slug: str, comment_id: int, auth=Depends(required_user)):
    article_service.delete_comment(slug, comment_id, auth[0])
    return {}


@router.get("/tags")
def tags():
    return {"tags": article_service.tags()}
