from sqlalchemy import select

from conduit.models.entities import Article


class ArticleNotFound(Exception):
    pass


class ArticleService:
    def __init__(self, session):
        self.session = session

    def get(self, slug):
        article = self.session.scalars(select(Article).where(Article.slug == slug)).first()
        if article is None:
            raise ArticleNotFound(slug)
        return article
