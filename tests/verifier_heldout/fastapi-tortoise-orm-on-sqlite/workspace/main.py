import os

from fastapi import FastAPI
from tortoise.contrib.fastapi import register_tortoise

from models import Article

app = FastAPI()


@app.get("/api/health-check")
async def health():
    return {"status": "ok"}


@app.get("/api/articles")
async def list_articles(limit: int = 20, offset: int = 0):
    rows = await Article.all().prefetch_related("author").offset(offset).limit(limit)
    return {
        "articles": [{"slug": a.slug, "title": a.title, "body": a.body, "author": {"username": a.author.username}} for a in rows],
        "articlesCount": await Article.all().count(),
    }


register_tortoise(
    app,
    db_url=f"sqlite://{os.environ['SQLITE_PATH']}",
    modules={"models": ["models"]},
    generate_schemas=True,
)
