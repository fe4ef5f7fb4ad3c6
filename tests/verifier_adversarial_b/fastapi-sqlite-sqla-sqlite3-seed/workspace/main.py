import os
import sqlite3
from fastapi import FastAPI
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from models import Base, Tag

SQLITE_PATH = os.environ["SQLITE_PATH"]
engine = create_engine(f"sqlite:///{SQLITE_PATH}")
app = FastAPI()
DEFAULT_TAGS = ["welcome", "introduction"]


@app.on_event("startup")
def startup():
    Base.metadata.create_all(engine)
    with sqlite3.connect(SQLITE_PATH) as conn:
        conn.executemany("INSERT OR IGNORE INTO tags (name) VALUES (?)", [(t,) for t in DEFAULT_TAGS])


@app.get("/api/tags")
def tags():
    with Session(engine) as session:
        return {"tags": list(session.scalars(select(Tag.name).order_by(Tag.name)))}
