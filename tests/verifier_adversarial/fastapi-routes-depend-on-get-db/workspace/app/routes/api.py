import os

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from app.db import get_db
from app.services import security
from app.services.articles import ArticleService
from app.services.errors import DomainError, Forbidden, NotFound, Taken, Unauthorized
from app.services.users import UserService

router = APIRouter(prefix="/api")
SECRET = os.environ.get("JWT_SECRET", "dev-secret")
STATUS = {Unauthorized: 401, Forbidden: 403, NotFound: 404, Taken: 409}


async def domain_error_handler(_request: Request, error: DomainError) -> JSONResponse:
    return JSONResponse({"errors": {error.key: [error.message]}}, status_code=STATUS.get(type(error), 422))


def current_user_id(authorization: str | None = Header(default=None)) -> int | None:
    if not authorization or not authorization.startswith("Token "):
        return None
    return security.read_token(authorization[6:], SECRET)


@router.get("/health-check")
def health() -> dict:
    return {"status": "ok"}


@router.post("/users", status_code=201)
def register(payload: dict, db: Session = Depends(get_db)) -> dict:
    body = payload.get("user") or {}
    return {"user": UserService(db, SECRET).register(body.get("username", ""), body.get("email", ""), body.get("password", ""))}


@router.get("/articles")
def list_articles(tag: str | None = None, author: str | None = None, limit: int = 20, offset: int = 0,
                  viewer: int | None = Depends(current_user_id), db: Session = Depends(get_db)) -> dict:
    return ArticleService(db).listing(viewer, tag=tag, author=author, limit=limit, offset=offset)


@router.get("/articles/{slug}")
def get_article(slug: str, viewer: int | None = Depends(current_user_id), db: Session = Depends(get_db)) -> dict:
    return {"article": ArticleService(db).get(slug, viewer)}
