from sqlalchemy import literal_column, select

from conduit.models.entities import Article


class RecentRepository:
    def __init__(self, session):
        self.session = session

    def recent(self):
        return self.session.scalars(select(Article).order_by(literal_column('articles.created_at').desc())).all()
