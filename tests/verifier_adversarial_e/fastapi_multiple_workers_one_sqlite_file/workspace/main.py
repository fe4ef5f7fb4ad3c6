import os
import sqlite3
from fastapi import FastAPI, Request

app = FastAPI()

DDL = (
    "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT UNIQUE, username TEXT UNIQUE, password TEXT, bio TEXT, image TEXT)",
    "CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, description TEXT, body TEXT, author_id INTEGER, created_at TEXT, updated_at TEXT)",
    "CREATE TABLE IF NOT EXISTS favorites (user_id INTEGER, article_id INTEGER, PRIMARY KEY (user_id, article_id))",
)


def connect() -> sqlite3.Connection:
    conn = sqlite3.connect(os.environ["SQLITE_PATH"], timeout=30, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA busy_timeout=5000")
    conn.row_factory = sqlite3.Row
    return conn


@app.on_event("startup")
def startup():
    conn = connect()
    for stmt in DDL:
        conn.execute(stmt)
    app.state.db = conn


@app.get("/api/articles")
def articles(request: Request, limit: int = 20, offset: int = 0):
    rows = request.app.state.db.execute(
        "SELECT slug, title, description, body FROM articles ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()
    return {"articles": [dict(r) for r in rows], "articlesCount": len(rows)}
