from conduit.db import engine
from conduit.models.entities import Article


class ArticleRepository:
    def __init__(self, session=None):
        pass

    def by_slug(self, slug):
        with engine.connect() as conn:
            row = conn.exec_driver_sql('SELECT slug, body FROM articles WHERE slug = %s', (slug,)).first()
        return Article(*row) if row else None
