from sqlalchemy import select, text

from conduit.models.entities import Article


class LockingArticleRepository:
    def __init__(self, session):
        self.session = session

    def by_slug(self, slug):
        self.session.execute(text("SET LOCAL lock_timeout = '1s'"))
        return self.session.scalars(select(Article).where(Article.slug == slug)).first()
