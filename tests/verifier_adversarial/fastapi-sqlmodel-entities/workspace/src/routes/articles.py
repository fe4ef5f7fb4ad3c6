from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from src.deps import article_service
from src.services.articles import ArticleNotFound, ArticleService

router = APIRouter(prefix="/api")


@router.get("/articles")
def list_articles(author: str | None = None, limit: int = 20, offset: int = 0,
                  service: ArticleService = Depends(article_service)):
    return service.page(author, limit, offset)


@router.get("/articles/{slug}")
def get_article(slug: str, service: ArticleService = Depends(article_service)):
    try:
        return {"article": service.get(slug)}
    except ArticleNotFound:
        return JSONResponse({"errors": {"body": ["article not found"]}}, status_code=404)
