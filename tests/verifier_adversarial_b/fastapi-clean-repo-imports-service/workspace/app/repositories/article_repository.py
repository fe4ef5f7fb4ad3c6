from sqlalchemy import select, text
from sqlalchemy.orm import Session
from app.models import Article
from app.services.article_service import ArticleNotFound, slugify


class ArticleRepository:
    def __init__(self, session: Session):
        self.session = session

    def by_slug(self, slug: str) -> Article:
        article = self.session.scalar(select(Article).where(Article.slug == slugify(slug)))
        if article is None:
            raise ArticleNotFound(slug)
        return article

    def count(self) -> int:
        return self.session.execute(text("SELECT count(*) FROM articles")).scalar_one()
