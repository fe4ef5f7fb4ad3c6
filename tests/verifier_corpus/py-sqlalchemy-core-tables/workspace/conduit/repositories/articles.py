from sqlalchemy import select

from conduit.models.entities import articles


class ArticleRepository:
    def __init__(self, session):
        self.session = session

    def by_slug(self, slug):
        return self.session.execute(select(articles).where(articles.c.slug == slug)).first()
