from conduit.models.tables import Article


class ArticleRepository:
    def __init__(self, sessions):
        self.sessions = sessions

    def add(self, **fields):
        with self.sessions() as s, s.begin():
            s.add(Article(**fields))

    def count(self):
        with self.sessions() as s:
            return s.query(Article).count()
