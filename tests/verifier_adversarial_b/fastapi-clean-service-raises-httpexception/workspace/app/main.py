from contextlib import asynccontextmanager
from fastapi import FastAPI
from app.db import engine
from app.models import Base
from app.routes.articles import router


@asynccontextmanager
async def lifespan(_app):
    Base.metadata.create_all(engine)
    yield


app = FastAPI(lifespan=lifespan)
app.include_router(router, prefix="/api")
