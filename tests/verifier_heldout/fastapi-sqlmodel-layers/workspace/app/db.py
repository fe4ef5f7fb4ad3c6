import os

from sqlmodel import Session, SQLModel, create_engine

engine = create_engine(os.environ["DATABASE_URL"], connect_args={"check_same_thread": False})


def SessionLocal() -> Session:  # noqa: N802  (kept the name the rest of the code expects)
    return Session(engine, expire_on_commit=False)


def init_db() -> None:
    from . import models  # noqa: F401

    SQLModel.metadata.create_all(engine)
