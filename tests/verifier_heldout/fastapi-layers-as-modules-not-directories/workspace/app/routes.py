from fastapi import APIRouter

from . import services

router = APIRouter(prefix="/api")


@router.get("/articles")
def list_articles(limit: int = 20, offset: int = 0):
    items = services.feed(limit, offset)
    return {"articles": [{"slug": a.slug, "title": a.title, "body": a.body} for a in items], "articlesCount": len(items)}


@router.get("/health-check")
def health():
    return {"status": "ok"}
