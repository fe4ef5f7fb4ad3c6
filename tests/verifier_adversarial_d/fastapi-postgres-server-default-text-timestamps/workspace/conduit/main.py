from fastapi import FastAPI, HTTPException
from sqlalchemy import select

from conduit.db import SessionLocal, engine
from conduit.models import Article, Base, Comment

app = FastAPI()


@app.on_event("startup")
def init_schema() -> None:
    Base.metadata.create_all(engine)


@app.get("/api/articles/{slug}/comments")
def comments(slug: str):
    with SessionLocal() as s:
        article = s.scalar(select(Article).where(Article.slug == slug))
        if article is None:
            raise HTTPException(404)
        rows = s.scalars(select(Comment).where(Comment.article_id == article.id).order_by(Comment.created_at.desc()))
        return {"comments": [{"id": c.id, "body": c.body, "createdAt": c.created_at.isoformat(), "updatedAt": c.updated_at.isoformat()} for c in rows]}
