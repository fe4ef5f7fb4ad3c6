# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/api/routes/articles/api.py
from fastapi import APIRouter

from app.api.routes.articles import articles_common, articles_resource

router = APIRouter()

router.include_router(articles_common.router, prefix="/articles")

router.include_router(articles_resource.router, prefix="/articles")
