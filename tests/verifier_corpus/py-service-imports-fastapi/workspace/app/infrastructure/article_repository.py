from sqlalchemy import select

from ..domain.entities import Article
from .database import Session


class ArticleRepository:
    def by_slug(self, slug):
        with Session() as session:
            return session.scalars(select(Article).filter_by(slug=slug)).first()
