import os

from fastapi import FastAPI
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

pool = ConnectionPool(os.environ["DATABASE_URL"], kwargs={"row_factory": dict_row}, open=True)
app = FastAPI()


@app.get("/api/health-check")
def health():
    return {"status": "ok"}


@app.get("/api/articles")
def list_articles(limit: int = 20, offset: int = 0):
    with pool.connection() as conn:
        rows = conn.execute(
            "SELECT a.*, u.username FROM articles a JOIN users u ON u.id = a.author_id"
            " ORDER BY a.created_at DESC LIMIT %s OFFSET %s",
            (limit, offset),
        ).fetchall()
        total = conn.execute("SELECT count(*) AS n FROM articles").fetchone()["n"]
    return {"articles": rows, "articlesCount": total}
