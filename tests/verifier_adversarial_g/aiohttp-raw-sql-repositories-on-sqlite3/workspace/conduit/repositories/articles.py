"""Reads and writes of articles, tags and favorites."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

from conduit.models.article import Article
from conduit.repositories.database import Database
from conduit.repositories.users import to_user

_SELECT = """
SELECT a.id, a.slug, a.title, a.description, a.body, a.author_id, a.created_at, a.updated_at,
       u.id AS u_id, u.email AS u_email, u.username AS u_username, u.password_hash AS u_password_hash,
       u.bio AS u_bio, u.image AS u_image
FROM articles a JOIN users u ON u.id = a.author_id
"""


class ArticleRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _tags(self, article_id: int) -> list[str]:
        return [r["tag"] for r in self._db.query("SELECT tag FROM article_tags WHERE article_id = ?", (article_id,))]

    def _to_article(self, row: sqlite3.Row) -> Article:
        author = to_user({k[2:]: row[k] for k in row.keys() if k.startswith("u_")})  # type: ignore[arg-type]
        return Article(
            id=row["id"],
            slug=row["slug"],
            title=row["title"],
            description=row["description"],
            body=row["body"],
            author_id=row["author_id"],
            created_at=datetime.fromisoformat(row["created_at"]),
            updated_at=datetime.fromisoformat(row["updated_at"]),
            author=author,
            tags=self._tags(row["id"]),
        )

    def get_by_slug(self, slug: str) -> Article | None:
        row = self._db.one(_SELECT + " WHERE a.slug = ?", (slug,))
        return self._to_article(row) if row else None

    def slug_exists(self, slug: str) -> bool:
        return self._db.one("SELECT 1 FROM articles WHERE slug = ?", (slug,)) is not None

    def _page(self, where: str, params: list, limit: int, offset: int) -> tuple[list[Article], int]:
        total = self._db.one(f"SELECT COUNT(*) AS n FROM articles a JOIN users u ON u.id = a.author_id {where}", tuple(params))
        rows = self._db.query(
            _SELECT + f" {where} ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?", (*params, limit, offset)
        )
        return [self._to_article(r) for r in rows], total["n"] if total else 0

    def list(
        self,
        *,
        tag: str | None = None,
        author: str | None = None,
        favorited_by: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> tuple[list[Article], int]:
        clauses, params = [], []
        if tag:
            clauses.append("a.id IN (SELECT article_id FROM article_tags WHERE tag = ?)")
            params.append(tag)
        if author:
            clauses.append("u.username = ?")
            params.append(author)
        if favorited_by:
            clauses.append(
                "a.id IN (SELECT f.article_id FROM favorites f JOIN users fu ON fu.id = f.user_id WHERE fu.username = ?)"
            )
            params.append(favorited_by)
        where = "WHERE " + " AND ".join(clauses) if clauses else ""
        return self._page(where, params, limit, offset)

    def feed(self, user_id: int, *, limit: int = 20, offset: int = 0) -> tuple[list[Article], int]:
        where = "WHERE a.author_id IN (SELECT followed_id FROM follows WHERE follower_id = ?)"
        return self._page(where, [user_id], limit, offset)

    def add(self, article: Article, tag_names: list[str]) -> Article:
        now = datetime.now(timezone.utc).isoformat()
        with self._db.transaction() as tx:
            cursor = tx.execute(
                "INSERT INTO articles (slug, title, description, body, author_id, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (article.slug, article.title, article.description, article.body, article.author_id, now, now),
            )
            tx.executemany(
                "INSERT OR IGNORE INTO article_tags (article_id, tag) VALUES (?, ?)",
                [(cursor.lastrowid, name) for name in dict.fromkeys(tag_names)],
            )
        return self.get_by_slug(article.slug)  # type: ignore[return-value]

    def save(self, article: Article) -> Article:
        with self._db.transaction() as tx:
            tx.execute(
                "UPDATE articles SET slug = ?, title = ?, description = ?, body = ?, updated_at = ? WHERE id = ?",
                (article.slug, article.title, article.description, article.body,
                 datetime.now(timezone.utc).isoformat(), article.id),
            )
        return self.get_by_slug(article.slug)  # type: ignore[return-value]

    def delete(self, article_id: int) -> None:
        with self._db.transaction() as tx:
            tx.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def favorite(self, user_id: int, article_id: int) -> None:
        with self._db.transaction() as tx:
            tx.execute("INSERT OR IGNORE INTO favorites (user_id, article_id) VALUES (?, ?)", (user_id, article_id))

    def unfavorite(self, user_id: int, article_id: int) -> None:
        with self._db.transaction() as tx:
            tx.execute("DELETE FROM favorites WHERE user_id = ? AND article_id = ?", (user_id, article_id))

    def is_favorited(self, user_id: int, article_id: int) -> bool:
        sql = "SELECT 1 FROM favorites WHERE user_id = ? AND article_id = ?"
        return self._db.one(sql, (user_id, article_id)) is not None

    def favorites_count(self, article_id: int) -> int:
        row = self._db.one("SELECT COUNT(*) AS n FROM favorites WHERE article_id = ?", (article_id,))
        return row["n"] if row else 0

    def all_tags(self) -> list[str]:
        return [r["tag"] for r in self._db.query("SELECT DISTINCT tag FROM article_tags ORDER BY tag")]
