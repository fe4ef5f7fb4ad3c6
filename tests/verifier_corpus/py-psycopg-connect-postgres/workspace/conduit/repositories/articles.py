import os

import psycopg


class ArticleRepository:
    def __init__(self, session=None):
        self.url = os.environ['DATABASE_URL']

    def by_slug(self, slug):
        with psycopg.connect(self.url) as conn:
            return conn.execute('SELECT * FROM articles WHERE slug = %s', (slug,)).fetchone()
