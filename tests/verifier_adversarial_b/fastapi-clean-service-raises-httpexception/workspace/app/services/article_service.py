from fastapi import HTTPException, status
from sqlalchemy.orm import Session
from app.models import Article
from app.repositories.article_repository import ArticleRepository


class ArticleNotFound(HTTPException):
    def __init__(self):
        super().__init__(status.HTTP_404_NOT_FOUND, detail="article not found")


class ArticleService:
    def __init__(self, repo: ArticleRepository):
        self.repo = repo

    @classmethod
    def for_session(cls, session: Session) -> "ArticleService":
        return cls(ArticleRepository(session))

    def get(self, slug: str) -> Article:
        article = self.repo.by_slug(slug)
        if article is None:
            raise ArticleNotFound()
        return article
