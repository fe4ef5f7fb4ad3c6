import os
import sqlite3
from app.models.tag import Tag


class SqliteTagRepository:
    def __init__(self, path: str | None = None):
        self.path = path or os.environ.get("SQLITE_PATH", "conduit.db")
        with sqlite3.connect(self.path) as c:
            c.execute("CREATE TABLE IF NOT EXISTS tags (article_id INTEGER, name TEXT)")

    def all(self) -> list[Tag]:
        with sqlite3.connect(self.path) as c:
            return [Tag(r[0]) for r in c.execute("SELECT DISTINCT name FROM tags ORDER BY name")]
