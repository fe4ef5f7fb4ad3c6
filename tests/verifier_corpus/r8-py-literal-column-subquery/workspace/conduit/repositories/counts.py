from sqlalchemy import literal_column, select

from conduit.models.entities import Article

FAVORITES = literal_column('(SELECT count(*) FROM favorites WHERE favorites.article_id = articles.id)')


class CountingRepository:
    def __init__(self, session):
        self.session = session

    def with_counts(self):
        return self.session.execute(select(Article, FAVORITES)).all()
