from fastapi import APIRouter, Depends, Header, HTTPException, Request
from fastapi.responses import JSONResponse

from app.services.articles import ArticleService
from app.services.errors import DomainError, Forbidden, NotFound, Taken, Unauthorized
from app.services.users import UserService
from app.wiring import article_service, current_user_id, user_service

router = APIRouter(prefix="/api")
STATUS = {Unauthorized: 401, Forbidden: 403, NotFound: 404, Taken: 409}


async def domain_error_handler(_request: Request, error: DomainError) -> JSONResponse:
    return JSONResponse({"errors": {error.key: [error.message]}}, status_code=STATUS.get(type(error), 422))


@router.get("/health-check")
def health() -> dict:
    return {"status": "ok"}


@router.post("/users", status_code=201)
def register(payload: dict, users: UserService = Depends(user_service)) -> dict:
    body = payload.get("user") or {}
    return {"user": users.register(body.get("username", ""), body.get("email", ""), body.get("password", ""))}


@router.get("/articles")
def list_articles(
    tag: str | None = None, author: str | None = None, favorited: str | None = None,
    limit: int = 20, offset: int = 0,
    viewer: int | None = Depends(current_user_id), articles: ArticleService = Depends(article_service),
) -> dict:
    return articles.listing(viewer, tag=tag, author=author, favorited=favorited, limit=limit, offset=offset)


@router.post("/articles", status_code=201)
def create_article(payload: dict, viewer: int | None = Depends(current_user_id),
                   articles: ArticleService = Depends(article_service)) -> dict:
    if viewer is None:
        raise HTTPException(401, detail="missing token")
    return {"article": articles.create(viewer, payload.get("article") or {})}


@router.get("/articles/{slug}")
def get_article(slug: str, viewer: int | None = Depends(current_user_id),
                articles: ArticleService = Depends(article_service)) -> dict:
    return {"article": articles.get(slug, viewer)}
