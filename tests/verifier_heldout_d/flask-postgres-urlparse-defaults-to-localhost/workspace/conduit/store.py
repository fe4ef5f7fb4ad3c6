"""Every query the API runs, as small functions over the request's connection."""

from __future__ import annotations

from datetime import datetime, timezone

from conduit.db import execute, query_all, query_one


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# users -----------------------------------------------------------------------------------------

def user_by_id(user_id: int):
    return query_one("SELECT * FROM users WHERE id = %s", (user_id,))


def user_by_email(email: str):
    return query_one("SELECT * FROM users WHERE email = %s", (email,))


def user_by_username(username: str):
    return query_one("SELECT * FROM users WHERE username = %s", (username,))


def insert_user(username: str, email: str, password_hash: str):
    row = query_one(
        "INSERT INTO users (username, email, password_hash) VALUES (%s, %s, %s) RETURNING id",
        (username, email, password_hash),
    )
    return user_by_id(row["id"])


def update_user(user_id: int, fields: dict):
    for column in ("username", "email", "password_hash", "bio", "image"):
        if column in fields:
            execute(f"UPDATE users SET {column} = %s WHERE id = %s", (fields[column], user_id))
    return user_by_id(user_id)


def is_following(follower_id: int | None, followed_id: int) -> bool:
    if follower_id is None:
        return False
    row = query_one("SELECT 1 AS hit FROM follows WHERE follower_id = %s AND followed_id = %s", (follower_id, followed_id))
    return row is not None


def set_follow(follower_id: int, followed_id: int, on: bool) -> None:
    if on:
        execute(
            "INSERT INTO follows (follower_id, followed_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            (follower_id, followed_id),
        )
    else:
        execute("DELETE FROM follows WHERE follower_id = %s AND followed_id = %s", (follower_id, followed_id))


# articles --------------------------------------------------------------------------------------

def article_by_slug(slug: str):
    return query_one("SELECT * FROM articles WHERE slug = %s", (slug,))


def tags_of(article_id: int) -> list[str]:
    rows = query_all("SELECT tag FROM article_tags WHERE article_id = %s ORDER BY position", (article_id,))
    return [r["tag"] for r in rows]


def favorites_count(article_id: int) -> int:
    return query_one("SELECT COUNT(*) AS n FROM favorites WHERE article_id = %s", (article_id,))["n"]


def is_favorited(article_id: int, user_id: int | None) -> bool:
    if user_id is None:
        return False
    return query_one("SELECT 1 AS hit FROM favorites WHERE article_id = %s AND user_id = %s", (article_id, user_id)) is not None


def list_articles(tag=None, author=None, favorited=None, feed_of=None, limit=20, offset=0):
    where, params = [], []
    if tag:
        where.append("a.id IN (SELECT article_id FROM article_tags WHERE tag = %s)")
        params.append(tag)
    if author:
        where.append("a.author_id IN (SELECT id FROM users WHERE username = %s)")
        params.append(author)
    if favorited:
        where.append("a.id IN (SELECT f.article_id FROM favorites f JOIN users u ON u.id = f.user_id WHERE u.username = %s)")
        params.append(favorited)
    if feed_of is not None:
        where.append("a.author_id IN (SELECT followed_id FROM follows WHERE follower_id = %s)")
        params.append(feed_of)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    total = query_one(f"SELECT COUNT(*) AS n FROM articles a {clause}", tuple(params))["n"]
    rows = query_all(
        f"SELECT a.* FROM articles a {clause} ORDER BY a.created_at DESC LIMIT %s OFFSET %s",
        (*params, limit, offset),
    )
    return rows, total


def insert_article(author_id: int, slug: str, title: str, description: str, body: str, tags: list[str]):
    stamp = now()
    row = query_one(
        "INSERT INTO articles (slug, title, description, body, author_id, created_at, updated_at) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
        (slug, title, description, body, author_id, stamp, stamp),
    )
    replace_tags(row["id"], tags)
    return article_by_slug(slug)


def replace_tags(article_id: int, tags: list[str]) -> None:
    execute("DELETE FROM article_tags WHERE article_id = %s", (article_id,))
    for position, tag in enumerate(dict.fromkeys(tags)):
        execute("INSERT INTO article_tags (article_id, tag, position) VALUES (%s, %s, %s)", (article_id, tag, position))


def update_article(article_id: int, fields: dict):
    for column in ("slug", "title", "description", "body"):
        if column in fields:
            execute(f"UPDATE articles SET {column} = %s WHERE id = %s", (fields[column], article_id))
    execute("UPDATE articles SET updated_at = %s WHERE id = %s", (now(), article_id))
    return query_one("SELECT * FROM articles WHERE id = %s", (article_id,))


def delete_article(article_id: int) -> None:
    execute("DELETE FROM articles WHERE id = %s", (article_id,))


def set_favorite(article_id: int, user_id: int, on: bool) -> None:
    if on:
        execute("INSERT INTO favorites (user_id, article_id) VALUES (%s, %s) ON CONFLICT DO NOTHING", (user_id, article_id))
    else:
        execute("DELETE FROM favorites WHERE user_id = %s AND article_id = %s", (user_id, article_id))


def all_tags() -> list[str]:
    return [r["tag"] for r in query_all("SELECT DISTINCT tag FROM article_tags ORDER BY tag", ())]


# comments --------------------------------------------------------------------------------------

def comments_for(article_id: int):
    return query_all("SELECT * FROM comments WHERE article_id = %s ORDER BY created_at DESC", (article_id,))


def comment_by_id(comment_id: int):
    return query_one("SELECT * FROM comments WHERE id = %s", (comment_id,))


def insert_comment(article_id: int, author_id: int, body: str):
    stamp = now()
    row = query_one(
        "INSERT INTO comments (body, article_id, author_id, created_at, updated_at) VALUES (%s, %s, %s, %s, %s) RETURNING id",
        (body, article_id, author_id, stamp, stamp),
    )
    return comment_by_id(row["id"])


def delete_comment(comment_id: int) -> None:
    execute("DELETE FROM comments WHERE id = %s", (comment_id,))
