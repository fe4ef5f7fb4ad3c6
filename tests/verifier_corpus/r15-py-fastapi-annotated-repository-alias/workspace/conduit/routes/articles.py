from fastapi import APIRouter

from conduit.dependencies import Articles, Service

router = APIRouter()


@router.get('/articles/{slug}')
def get_article(slug: str, articles: Articles) -> dict:
    return {'article': articles.get_by_slug(slug)}
