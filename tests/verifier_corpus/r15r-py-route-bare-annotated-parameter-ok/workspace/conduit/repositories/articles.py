from sqlalchemy import select

from conduit.models.entities import Article


class ArticleRepository:
    def __init__(self, session):
        self.session = session

    def by_slug(self, slug: str) -> Article | None:
        return self.session.scalars(select(Article).where(Article.slug == slug)).first()

    def add(self, article: Article) -> Article:
        self.session.add(article)
        self.session.commit()
        return article
