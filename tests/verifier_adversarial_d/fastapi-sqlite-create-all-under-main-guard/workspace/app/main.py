from fastapi import FastAPI
from sqlalchemy import func, select

from app.database import SessionLocal
from app.models import Article

app = FastAPI(title="Conduit")


@app.get("/api/articles")
def list_articles(limit: int = 20, offset: int = 0):
    with SessionLocal() as db:
        rows = db.scalars(select(Article).limit(limit).offset(offset)).all()
        total = db.scalar(select(func.count()).select_from(Article))
    return {"articles": [{"slug": a.slug, "body": a.body} for a in rows], "articlesCount": total}
