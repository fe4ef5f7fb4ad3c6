import re
from sqlalchemy.orm import Session


class ArticleNotFound(Exception):
    pass


def slugify(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


class ArticleService:
    def __init__(self, repo):
        self.repo = repo

    @classmethod
    def for_session(cls, session: Session) -> "ArticleService":
        from app.repositories.article_repository import ArticleRepository
        return cls(ArticleRepository(session))

    def get(self, slug: str):
        return self.repo.by_slug(slug)
