from fastapi import FastAPI
from sqlalchemy import select

from db import Base, SessionLocal, engine
from tables import Tag

Base.metadata.create_all(engine)
app = FastAPI()
_tag_cache: dict[str, list[str]] = {}


def _refresh_tags() -> list[str]:
    with SessionLocal() as s:
        _tag_cache["all"] = list(s.scalars(select(Tag.name).order_by(Tag.name)))
    return _tag_cache["all"]


@app.get("/api/tags")
def tags():
    return {"tags": _tag_cache.get("all") or _refresh_tags()}


@app.post("/api/tags/{name}", status_code=201)
def add_tag(name: str):
    with SessionLocal() as s, s.begin():
        if s.scalar(select(Tag).where(Tag.name == name)) is None:
            s.add(Tag(name=name))
    _refresh_tags()
    return {"tag": name}
