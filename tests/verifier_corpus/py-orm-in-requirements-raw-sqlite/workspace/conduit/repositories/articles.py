import os
import sqlite3


class ArticleRepository:
    def __init__(self, session=None):
        self.conn = sqlite3.connect(os.environ['SQLITE_PATH'], check_same_thread=False)

    def by_slug(self, slug):
        return self.conn.execute('SELECT * FROM articles WHERE slug = ?', (slug,)).fetchone()
