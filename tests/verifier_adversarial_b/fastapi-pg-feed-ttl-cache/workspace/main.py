import os
import asyncpg
from fastapi import FastAPI
from cache import TTLCache

app = FastAPI()
tag_cache = TTLCache(ttl=5)

@app.on_event("startup")
async def startup():
    app.state.pool = await asyncpg.create_pool(os.environ["DATABASE_URL"])
    await app.state.pool.execute("CREATE TABLE IF NOT EXISTS article_tags (article_id INT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (article_id, tag))")

@app.get("/api/tags")
async def tags():
    cached = tag_cache.get("all")
    if cached is None:
        cached = [r["tag"] for r in await app.state.pool.fetch("SELECT DISTINCT tag FROM article_tags ORDER BY tag")]
        tag_cache.put("all", cached)
    return {"tags": cached}

async def set_tags(article_id: int, tags: list[str]):
    async with app.state.pool.acquire() as conn, conn.transaction():
        await conn.execute("DELETE FROM article_tags WHERE article_id = $1", article_id)
        await conn.executemany("INSERT INTO article_tags VALUES ($1, $2)", [(article_id, t) for t in tags])
    tag_cache.clear()
