import os

import sqlalchemy as sa
from databases import Database
from fastapi import FastAPI

from tables import articles, metadata, users

DATABASE_URL = os.environ["DATABASE_URL"]
database = Database(DATABASE_URL)
app = FastAPI()


@app.on_event("startup")
async def startup() -> None:
    metadata.create_all(sa.create_engine(DATABASE_URL.replace("postgresql://", "postgresql+psycopg2://", 1)))
    await database.connect()


@app.on_event("shutdown")
async def shutdown() -> None:
    await database.disconnect()


@app.get("/api/health-check")
async def health():
    return {"status": "ok"}


@app.get("/api/articles")
async def list_articles(limit: int = 20, offset: int = 0):
    query = (
        sa.select(articles, users.c.username, users.c.bio, users.c.image)
        .join(users, users.c.id == articles.c.author_id)
        .order_by(articles.c.created_at.desc())
        .limit(limit)
        .offset(offset)
    )
    rows = await database.fetch_all(query)
    total = await database.fetch_val(sa.select(sa.func.count()).select_from(articles))
    return {"articles": [dict(r._mapping) for r in rows], "articlesCount": total}
