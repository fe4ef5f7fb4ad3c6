"""FastAPI application with lifespan-managed schema creation."""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Header, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from app.db import init_db
from app.middleware.ratelimit import login_limiter
from app.services import articles, security, users
from app.services.errors import AppError, Invalid, Unauthorized


@asynccontextmanager
async def lifespan(_: FastAPI):
    init_db()
    yield


app = FastAPI(title="Conduit", lifespan=lifespan)


@app.exception_handler(AppError)
async def on_app_error(_: Request, error: AppError):
    return JSONResponse({"errors": error.errors}, status_code=error.status)


def viewer(authorization: str | None = Header(default=None)) -> int | None:
    if authorization and authorization.startswith("Token "):
        return security.read_token(authorization[6:])
    return None


def required(user_id: int | None = Depends(viewer)) -> int:
    if user_id is None:
        raise Unauthorized("body", "authentication required")
    return user_id


async def payload(request: Request, key: str) -> dict:
    try:
        body = await request.json()
    except ValueError:
        raise Invalid("body", "not JSON") from None
    if not isinstance(body, dict) or not isinstance(body.get(key), dict):
        raise Invalid("body", f"{key} is required")
    return body[key]


@app.post("/api/users", status_code=201)
async def register(request: Request):
    return {"user": await run_in_threadpool(users.register, await payload(request, "user"))}


@app.post("/api/users/login")
async def login(request: Request):
    wait = login_limiter.check(request.client.host if request.client else "?")
    if wait:
        return JSONResponse({"errors": {"body": ["too many login attempts"]}}, status_code=429,
                            headers={"Retry-After": str(wait)})
    return {"user": await run_in_threadpool(users.login, await payload(request, "user"))}


@app.get("/api/user")
def me(user_id: int = Depends(required)):
    return {"user": users.current(user_id)}


@app.get("/api/profiles/{username}")
def profile(username: str, user_id: int | None = Depends(viewer)):
    return {"profile": users.profile(username, user_id)}


@app.get("/api/articles")
def list_articles(tag: str | None = None, author: str | None = None, favorited: str | None = None,
                  limit: int = 20, offset: int = 0, user_id: int | None = Depends(viewer)):
    return articles.listing(user_id, tag=tag, author=author, favorited=favorited, limit=limit, offset=offset)


@app.post("/api/articles", status_code=201)
async def create_article(request: Request, user_id: int = Depends(required)):
    return {"article": await run_in_threadpool(articles.create, user_id, await payload(request, "article"))}


@app.get("/api/articles/{slug}")
def get_article(slug: str, user_id: int | None = Depends(viewer)):
    return {"article": articles.get(slug, user_id)}


@app.get("/api/tags")
def tags():
    return articles.tags()
