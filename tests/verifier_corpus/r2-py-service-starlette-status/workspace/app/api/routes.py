from fastapi import APIRouter

from ..application.articles import list_articles

router = APIRouter()


@router.get('/api/articles')
def articles():
    return {'articles': list_articles()}
