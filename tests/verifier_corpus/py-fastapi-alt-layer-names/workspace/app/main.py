from fastapi import FastAPI

from .api.routes import articles
from .infrastructure.database import engine
from .domain.entities import Base

Base.metadata.create_all(engine)
app = FastAPI()
app.include_router(articles.router)
