from fastapi import APIRouter, Depends

from src.services.articles import ArticleService
from src.wiring import article_service, current_user_id

router = APIRouter()


@router.delete("/articles/{slug}")
def delete_article(slug: str, svc: ArticleService = Depends(article_service), user_id: int = Depends(current_user_id)):
    svc.delete(slug, user_id)
    return {}
