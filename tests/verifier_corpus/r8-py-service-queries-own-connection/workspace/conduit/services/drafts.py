from conduit.models.entities import Article


class DraftService:
    def __init__(self, conn):
        self.conn = conn

    def draft(self, slug):
        article = Article(slug=slug)
        self.conn.add(article)
        return article
