from fastapi import APIRouter

from conduit.dependencies import Articles, Service

router = APIRouter()


@router.get('/articles/{slug}')
def get_article(slug: str, service: Service) -> dict:
    return {'article': service.get(slug)}
