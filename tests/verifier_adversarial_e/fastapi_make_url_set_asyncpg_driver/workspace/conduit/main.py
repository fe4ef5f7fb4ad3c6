from contextlib import asynccontextmanager
from fastapi import FastAPI, Depends
from sqlalchemy import select
from .database import Base, engine, get_session
from .models import Article


@asynccontextmanager
async def lifespan(_: FastAPI):
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    yield
    await engine.dispose()


app = FastAPI(lifespan=lifespan)


@app.get("/api/articles")
async def list_articles(limit: int = 20, offset: int = 0, session=Depends(get_session)):
    rows = (await session.scalars(select(Article).order_by(Article.created_at.desc()).limit(limit).offset(offset))).all()
    return {"articles": [{"slug": a.slug, "title": a.title, "body": a.body} for a in rows], "articlesCount": len(rows)}
