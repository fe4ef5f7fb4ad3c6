"""Engine and session factory for the SQLite file named by SQLITE_PATH."""
from __future__ import annotations

import os

from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker

from app.models import Base

SQLITE_PATH = os.environ["SQLITE_PATH"]

engine = create_engine(f"sqlite:///{SQLITE_PATH}", connect_args={"check_same_thread": False})


@event.listens_for(engine, "connect")
def _foreign_keys_on(dbapi_connection, _record):
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def create_schema() -> None:
    Base.metadata.create_all(engine)
