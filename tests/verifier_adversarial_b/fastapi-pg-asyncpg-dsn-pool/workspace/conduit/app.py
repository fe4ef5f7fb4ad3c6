import os
from contextlib import asynccontextmanager
from pathlib import Path
import asyncpg
from fastapi import FastAPI, Request

@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.pool = await asyncpg.create_pool(dsn=os.environ["DATABASE_URL"], min_size=1, max_size=10)
    async with app.state.pool.acquire() as conn:
        await conn.execute((Path(__file__).parent / "schema.sql").read_text())
    yield
    await app.state.pool.close()

app = FastAPI(lifespan=lifespan)

@app.get("/api/articles/{slug}")
async def get_article(slug: str, request: Request):
    row = await request.app.state.pool.fetchrow(
        "SELECT a.slug, a.title, a.body, u.username FROM articles a JOIN users u ON u.id = a.author_id WHERE slug = $1", slug)
    return {"article": dict(row) if row else None}
