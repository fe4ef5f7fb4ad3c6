from fastapi import FastAPI
from sqlalchemy import select

from orm import Base, Session, Tag, engine

Base.metadata.create_all(engine)
app = FastAPI()


@app.get("/api/tags")
def tags():
    with Session() as s:
        return {"tags": s.scalars(select(Tag.name)).all()}
