from contextlib import asynccontextmanager
from fastapi import FastAPI
from app.database import Base, engine
from app import models  # noqa: F401  (register tables)

@asynccontextmanager
async def lifespan(_app):
    Base.metadata.create_all(engine)
    yield

app = FastAPI(lifespan=lifespan)
