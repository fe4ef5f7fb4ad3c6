from conduit.db import db
from conduit.models.entities import Article


class ArticleRepository:
    def __init__(self, session=None):
        self.session = session or db.session

    def by_slug(self, slug):
        return Article.query.filter_by(slug=slug).first()
