from contextlib import asynccontextmanager

from fastapi import FastAPI

from src.deps import create_schema
from src.routes.articles import router


@asynccontextmanager
async def lifespan(_app: FastAPI):
    create_schema()
    yield


app = FastAPI(lifespan=lifespan)
app.include_router(router)
app.get("/api/health-check")(lambda: {"status": "ok"})
