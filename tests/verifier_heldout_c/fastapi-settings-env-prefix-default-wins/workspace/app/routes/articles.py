from fastapi import APIRouter, Body, Depends, Response

from app.routes.common import current_user, optional_user
from app.services.articles import ArticleService

router = APIRouter(prefix="/api")
articles = ArticleService()


@router.get("/articles")
def list_articles(tag: str | None = None, author: str | None = None, favorited: str | None = None,
                  limit: int = 20, offset: int = 0, viewer=Depends(optional_user)):
    return articles.list(viewer, tag=tag, author=author, favorited=favorited, limit=limit, offset=offset)


@router.get("/articles/feed")
def feed(limit: int = 20, offset: int = 0, viewer=Depends(current_user)):
    return articles.feed(viewer, limit, offset)


@router.post("/articles", status_code=201)
def create(article: dict = Body(..., embed=True), viewer=Depends(current_user)):
    return {"article": articles.create(viewer, article)}


@router.get("/articles/{slug}")
def get(slug: str, viewer=Depends(optional_user)):
    return {"article": articles.get(slug, viewer)}


@router.put("/articles/{slug}")
def update(slug: str, article: dict = Body(..., embed=True), viewer=Depends(current_user)):
    return {"article": articles.update(viewer, slug, article)}


@router.delete("/articles/{slug}", status_code=204)
def delete(slug: str, viewer=Depends(current_user)):
    articles.delete(viewer, slug)
    return Response(status_code=204)


@router.post("/articles/{slug}/favorite")
def favorite(slug: str, viewer=Depends(current_user)):
    return {"article": articles.favorite(viewer, slug, True)}


@router.delete("/articles/{slug}/favorite")
def unfavorite(slug: str, viewer=Depends(current_user)):
    return {"article": articles.favorite(viewer, slug, False)}


@router.get("/articles/{slug}/comments")
def comments(slug: str, viewer=Depends(optional_user)):
    return {"comments": articles.comments(slug, viewer)}


@router.post("/articles/{slug}/comments")
def add_comment(slug: str, comment: dict = Body(..., embed=True), viewer=Depends(current_user)):
    return {"comment": articles.add_comment(viewer, slug, comment.get("body"))}


@router.delete("/articles/{slug}/comments/{comment_id}", status_code=204)
def delete_comment(slug: str, comment_id: int, viewer=Depends(current_user)):
    articles.delete_comment(viewer, slug, comment_id)
    return Response(status_code=204)


@router.get("/tags")
def tags():
    return {"tags": articles.tags()}
