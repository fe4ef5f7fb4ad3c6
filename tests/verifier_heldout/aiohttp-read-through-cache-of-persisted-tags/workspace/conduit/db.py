import os

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, scoped_session, sessionmaker

# The harness gives the SQLite file both ways; the URL already has the sqlite:////abs form.
DATABASE_URL = os.environ.get("DATABASE_URL") or "sqlite:///" + os.environ["SQLITE_PATH"]

engine = create_engine(DATABASE_URL, connect_args={"check_same_thread": False})
SessionLocal = scoped_session(sessionmaker(bind=engine, expire_on_commit=False))


class Base(DeclarativeBase):
    pass


def init_db() -> None:
    from . import models  # noqa: F401  (registers the tables)

    Base.metadata.create_all(engine)
