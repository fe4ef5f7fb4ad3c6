import os
from urllib.parse import urlparse
import psycopg2
import psycopg2.extras
from fastapi import FastAPI

def connection_params(url: str) -> dict:
    u = urlparse(url)
    return {
        "host": u.hostname or "localhost",
        "port": u.port or 5432,
        "user": u.username,
        "password": u.password,
        "dbname": u.path.lstrip("/"),
    }

PARAMS = connection_params(os.environ["DATABASE_URL"])

def get_conn():
    return psycopg2.connect(cursor_factory=psycopg2.extras.RealDictCursor, **PARAMS)

app = FastAPI()

@app.on_event("startup")
def create_tables():
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute("CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, username TEXT UNIQUE NOT NULL, email TEXT UNIQUE NOT NULL, password TEXT NOT NULL, bio TEXT, image TEXT)")
        cur.execute("CREATE TABLE IF NOT EXISTS articles (id SERIAL PRIMARY KEY, slug TEXT UNIQUE NOT NULL, title TEXT NOT NULL, description TEXT, body TEXT, author_id INT REFERENCES users(id) ON DELETE CASCADE, created_at TIMESTAMPTZ DEFAULT now(), updated_at TIMESTAMPTZ DEFAULT now())")

@app.get("/api/articles")
def articles(limit: int = 20, offset: int = 0):
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute("SELECT slug, title FROM articles ORDER BY created_at DESC LIMIT %s OFFSET %s", (limit, offset))
        rows = cur.fetchall()
    return {"articles": rows, "articlesCount": len(rows)}
