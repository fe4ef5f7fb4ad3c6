from fastapi import FastAPI
from src.routes import articles

app = FastAPI(title="Conduit")
app.include_router(articles.router, prefix="/api")
