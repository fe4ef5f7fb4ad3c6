import os
import sqlite3


class FavoriteRepository:
    """Favourites are a hot path: one INSERT OR IGNORE beats loading the relationship."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path or os.environ["SQLITE_PATH"]

    def add(self, user_id: int, article_id: int) -> None:
        with sqlite3.connect(self.path) as conn:
            conn.execute("INSERT OR IGNORE INTO favorites (user_id, article_id) VALUES (?, ?)", (user_id, article_id))

    def remove(self, user_id: int, article_id: int) -> None:
        with sqlite3.connect(self.path) as conn:
            conn.execute("DELETE FROM favorites WHERE user_id = ? AND article_id = ?", (user_id, article_id))
