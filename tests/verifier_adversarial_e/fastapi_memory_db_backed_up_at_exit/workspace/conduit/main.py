from contextlib import asynccontextmanager
from fastapi import FastAPI
from . import storage


@asynccontextmanager
async def lifespan(app):
    storage.start()
    yield
    storage.flush()


app = FastAPI(lifespan=lifespan)


@app.get("/api/articles/{slug}/comments")
def comments(slug: str):
    rows = storage.query(
        "SELECT c.* FROM comments c JOIN articles a ON a.id = c.article_id WHERE a.slug = ?", (slug,)
    )
    return {"comments": [dict(r) for r in rows]}
