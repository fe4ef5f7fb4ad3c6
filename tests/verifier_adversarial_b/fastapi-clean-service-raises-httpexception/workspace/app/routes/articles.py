from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session
from app.db import get_session
from app.services.article_service import ArticleNotFound, ArticleService

router = APIRouter()


def service(session: Session = Depends(get_session)) -> ArticleService:
    return ArticleService.for_session(session)


@router.get("/articles/{slug}")
def get_article(slug: str, svc: ArticleService = Depends(service)):
    try:
        article = svc.get(slug)
    except ArticleNotFound:
        raise HTTPException(404, detail="article not found")
    return {"article": {"slug": article.slug, "title": article.title, "body": article.body}}
