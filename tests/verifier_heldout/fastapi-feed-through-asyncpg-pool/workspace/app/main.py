import os
from contextlib import asynccontextmanager

import asyncpg
from fastapi import FastAPI

from .db import init_db
from .routes.articles import router as articles_router
from .routes.feed import router as feed_router


@asynccontextmanager
async def lifespan(app: FastAPI):
    init_db()
    app.state.pg_pool = await asyncpg.create_pool(os.environ["DATABASE_URL"], min_size=1, max_size=5)
    yield
    await app.state.pg_pool.close()


app = FastAPI(title="Conduit", lifespan=lifespan)
app.include_router(feed_router)
app.include_router(articles_router)


@app.get("/api/health-check")
def health():
    return {"status": "ok"}
