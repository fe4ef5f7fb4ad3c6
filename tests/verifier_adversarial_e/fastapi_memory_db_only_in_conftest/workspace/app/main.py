from contextlib import asynccontextmanager
from fastapi import FastAPI, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session
from .db import Base, engine, get_db
from .models import Tag


@asynccontextmanager
async def lifespan(app: FastAPI):
    Base.metadata.create_all(bind=engine)
    yield
    engine.dispose()


app = FastAPI(lifespan=lifespan)


@app.get("/api/tags")
def tags(db: Session = Depends(get_db)):
    return {"tags": [t.name for t in db.scalars(select(Tag)).all()]}
