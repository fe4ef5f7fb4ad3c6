"""Reads and writes of users and of the follow relation."""

from __future__ import annotations

import sqlite3

from conduit.models.user import User
from conduit.repositories.database import Database

_COLUMNS = "id, email, username, password_hash, bio, image"


def to_user(row: sqlite3.Row) -> User:
    return User(
        id=row["id"],
        email=row["email"],
        username=row["username"],
        password_hash=row["password_hash"],
        bio=row["bio"],
        image=row["image"],
    )


class UserRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _one(self, where: str, value: object) -> User | None:
        row = self._db.one(f"SELECT {_COLUMNS} FROM users WHERE {where} = ?", (value,))
        return to_user(row) if row else None

    def get_by_id(self, user_id: int) -> User | None:
        return self._one("id", user_id)

    def get_by_email(self, email: str) -> User | None:
        return self._one("email", email)

    def get_by_username(self, username: str) -> User | None:
        return self._one("username", username)

    def is_taken(self, *, email: str | None = None, username: str | None = None, except_id: int | None = None) -> bool:
        clauses, params = [], []
        if email is not None:
            clauses.append("email = ?")
            params.append(email)
        if username is not None:
            clauses.append("username = ?")
            params.append(username)
        if except_id is not None:
            clauses.append("id != ?")
            params.append(except_id)
        sql = "SELECT 1 FROM users" + (" WHERE " + " AND ".join(clauses) if clauses else "") + " LIMIT 1"
        return self._db.one(sql, tuple(params)) is not None

    def add(self, user: User) -> User:
        with self._db.transaction() as tx:
            cursor = tx.execute(
                "INSERT INTO users (email, username, password_hash, bio, image) VALUES (?, ?, ?, ?, ?)",
                (user.email, user.username, user.password_hash, user.bio, user.image),
            )
        user.id = cursor.lastrowid
        return user

    def save(self, user: User) -> User:
        with self._db.transaction() as tx:
            tx.execute(
                "UPDATE users SET email = ?, username = ?, password_hash = ?, bio = ?, image = ? WHERE id = ?",
                (user.email, user.username, user.password_hash, user.bio, user.image, user.id),
            )
        return user

    def is_following(self, follower_id: int, followed_id: int) -> bool:
        sql = "SELECT 1 FROM follows WHERE follower_id = ? AND followed_id = ?"
        return self._db.one(sql, (follower_id, followed_id)) is not None

    def follow(self, follower_id: int, followed_id: int) -> None:
        with self._db.transaction() as tx:
            tx.execute("INSERT OR IGNORE INTO follows (follower_id, followed_id) VALUES (?, ?)", (follower_id, followed_id))

    def unfollow(self, follower_id: int, followed_id: int) -> None:
        with self._db.transaction() as tx:
            tx.execute("DELETE FROM follows WHERE follower_id = ? AND followed_id = ?", (follower_id, followed_id))
