from fastapi import HTTPException
from ..infrastructure.article_repository import ArticleRepository


class NotFound(Exception):
    pass


class ArticleService:
    def __init__(self):
        self.repo = ArticleRepository()

    def get(self, slug):
        found = self.repo.by_slug(slug)
        if found is None:
            raise NotFound(slug)
        return found
