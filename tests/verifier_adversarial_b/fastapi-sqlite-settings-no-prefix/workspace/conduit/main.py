from contextlib import asynccontextmanager
from fastapi import FastAPI
from conduit import models
from conduit.db import engine

@asynccontextmanager
async def lifespan(app: FastAPI):
    models.Base.metadata.create_all(engine)
    yield

app = FastAPI(title="Conduit", lifespan=lifespan)
