from contextlib import asynccontextmanager
from fastapi import FastAPI
from sqlalchemy import select
from src.db import Base, SessionLocal, engine
from src.models import Comment

@asynccontextmanager
async def lifespan(_app):
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    yield
    await engine.dispose()

app = FastAPI(lifespan=lifespan)

@app.get("/api/articles/{slug}/comments")
async def comments(slug: str):
    async with SessionLocal() as session:
        rows = (await session.scalars(select(Comment).where(Comment.article_slug == slug))).all()
    return {"comments": [{"id": c.id, "body": c.body} for c in rows]}
