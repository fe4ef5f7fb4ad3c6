import os
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
from fastapi import FastAPI, Request


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.pool = await asyncpg.create_pool(dsn=os.environ["DATABASE_URL"], min_size=1, max_size=10)
    async with app.state.pool.acquire() as conn:
        await conn.execute(Path(__file__).with_name("schema.sql").read_text())
    yield
    await app.state.pool.close()


app = FastAPI(lifespan=lifespan)


@app.get("/api/tags")
async def tags(request: Request):
    rows = await request.app.state.pool.fetch("SELECT DISTINCT unnest(tag_list) AS tag FROM articles ORDER BY 1")
    return {"tags": [r["tag"] for r in rows]}
