from fastapi import APIRouter, Depends

from conduit.deps import get_article_repository

router = APIRouter()


@router.get('/api/articles/{slug}')
def one(slug: str, repo=Depends(get_article_repository)):
    return repo.by_slug(slug)
