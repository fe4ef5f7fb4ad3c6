from fastapi import APIRouter, HTTPException

from ...application.article_service import ArticleService, NotFound

router = APIRouter()
service = ArticleService()


@router.get('/api/articles/{slug}')
def get_article(slug: str):
    try:
        return {'article': service.get(slug)}
    except NotFound:
        raise HTTPException(404)
