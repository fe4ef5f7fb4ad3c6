from fastapi import FastAPI
from conduit.db import SessionLocal, engine
from conduit.models.tables import Base
from conduit.repositories.articles import ArticleRepository
from conduit.routes.articles import build_router
from conduit.services.articles import ArticleService

Base.metadata.create_all(engine)
app = FastAPI()
app.include_router(build_router(ArticleService(ArticleRepository(SessionLocal))), prefix="/api")
