from fastapi import FastAPI, HTTPException
from . import db

app = FastAPI()
app.add_event_handler("startup", db.connect)
app.add_event_handler("shutdown", db.disconnect)


@app.get("/api/articles/{slug}")
async def get_article(slug: str):
    row = await db.pool.fetchrow("SELECT slug, title, description, body FROM articles WHERE slug = $1", slug)
    if row is None:
        raise HTTPException(404)
    return {"article": dict(row)}
