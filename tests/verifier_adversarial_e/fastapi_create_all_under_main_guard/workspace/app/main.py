from fastapi import FastAPI, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session
from .database import SessionLocal
from .models import Tag

app = FastAPI()


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


@app.get("/api/tags")
def tags(db: Session = Depends(get_db)):
    return {"tags": [t.name for t in db.scalars(select(Tag).order_by(Tag.name))]}
