"""Engine and session factory for the SQLite database named by DATABASE_URL."""
from __future__ import annotations

import os

from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker

from conduit.models import Base

# Normalise the four-slash form some platforms hand out to the usual three-slash SQLAlchemy URL.
DATABASE_URL = os.environ["DATABASE_URL"].replace("sqlite:////", "sqlite:///", 1)

engine = create_engine(DATABASE_URL, connect_args={"check_same_thread": False})


@event.listens_for(engine, "connect")
def _foreign_keys_on(dbapi_connection, _record):
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def create_schema() -> None:
    Base.metadata.create_all(engine)
