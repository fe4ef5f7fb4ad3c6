import os
from fastapi import FastAPI
from sqlmodel import SQLModel, create_engine
from app.api.routes import comments

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///./conduit.db"))
SQLModel.metadata.create_all(engine)
app = FastAPI()
app.state.engine = engine
app.include_router(comments.router, prefix="/api")
