from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI

from app.config import load_settings
from app.db import init_db
from app.routes import articles, users
from app.routes.common import service_error_handler
from app.services.errors import ServiceError


@asynccontextmanager
async def lifespan(app: FastAPI):
    init_db()
    yield


app = FastAPI(title="Conduit", lifespan=lifespan)
app.include_router(users.router)
app.include_router(articles.router)
app.add_exception_handler(ServiceError, service_error_handler)


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=load_settings().port)
