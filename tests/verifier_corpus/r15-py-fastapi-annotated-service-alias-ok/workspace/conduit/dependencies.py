from typing import Annotated

from fastapi import Depends, Request

from conduit.repositories.articles import ArticleRepository
from conduit.services.articles import ArticleService


def get_repository(request: Request) -> ArticleRepository:
    return ArticleRepository(request.app.state.sessions())


def get_service(repository: Annotated[ArticleRepository, Depends(get_repository)]) -> ArticleService:
    return ArticleService(repository)


Articles = Annotated[ArticleRepository, Depends(get_repository)]
Service = Annotated[ArticleService, Depends(get_service)]
