from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, mapped_column

from conduit.db import Base, SessionLocal, engine


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)


@asynccontextmanager
async def lifespan(app: FastAPI):
    Base.metadata.create_all(engine)
    yield
    engine.dispose()


app = FastAPI(lifespan=lifespan)


@app.get("/api/tags")
def tags():
    with SessionLocal() as s:
        return {"tags": s.scalars(select(Tag.name).order_by(Tag.name)).all()}
