from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import JSONResponse

from ..dependencies import current_user, get_article_service, optional_user
from ..services.article_service import ArticleService
from ..services.errors import ServiceError
from .schemas import NewArticleIn, article_out

router = APIRouter(prefix="/api")


def _fail(err: ServiceError) -> HTTPException:
    return HTTPException(status_code=err.status, detail={"body": [err.message]})


@router.get("/articles")
def list_articles(
    tag: str | None = None,
    author: str | None = None,
    favorited: str | None = None,
    limit: int = Query(20, ge=0),
    offset: int = Query(0, ge=0),
    service: ArticleService = Depends(get_article_service),
    viewer=Depends(optional_user),
):
    articles, count = service.list(tag=tag, author=author, favorited=favorited, limit=limit, offset=offset)
    return {"articles": [article_out(a, viewer) for a in articles], "articlesCount": count}


@router.post("/articles", status_code=201)
def create_article(
    payload: NewArticleIn,
    service: ArticleService = Depends(get_article_service),
    user=Depends(current_user),
):
    try:
        article = service.create(user, payload.article.model_dump())
    except ServiceError as err:
        raise _fail(err) from err
    return {"article": article_out(article, user)}


@router.get("/articles/{slug}")
def get_article(slug: str, service: ArticleService = Depends(get_article_service), viewer=Depends(optional_user)):
    try:
        return {"article": article_out(service.get(slug), viewer)}
    except ServiceError as err:
        raise _fail(err) from err


@router.delete("/articles/{slug}")
def delete_article(slug: str, service: ArticleService = Depends(get_article_service), user=Depends(current_user)):
    try:
        service.delete(user, slug)
    except ServiceError as err:
        raise _fail(err) from err
    return JSONResponse({})


@router.get("/tags")
def tags(service: ArticleService = Depends(get_article_service)):
    return {"tags": service.tags()}
