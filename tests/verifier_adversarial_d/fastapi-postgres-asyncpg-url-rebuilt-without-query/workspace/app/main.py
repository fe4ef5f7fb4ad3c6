from fastapi import FastAPI
from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, Session, engine


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)


app = FastAPI()


@app.on_event("startup")
async def create_schema() -> None:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)


@app.get("/api/tags")
async def tags():
    async with Session() as s:
        return {"tags": (await s.scalars(select(Tag.name))).all()}
