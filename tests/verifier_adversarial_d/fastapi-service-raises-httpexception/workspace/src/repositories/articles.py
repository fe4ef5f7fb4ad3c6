from sqlalchemy import select
from sqlalchemy.orm import Session

from src.models.article import Article


class ArticleRepository:
    def __init__(self, session: Session):
        self.session = session

    def by_slug(self, slug: str) -> Article | None:
        return self.session.scalars(select(Article).where(Article.slug == slug)).first()

    def delete(self, article: Article) -> None:
        self.session.delete(article)
        self.session.commit()
