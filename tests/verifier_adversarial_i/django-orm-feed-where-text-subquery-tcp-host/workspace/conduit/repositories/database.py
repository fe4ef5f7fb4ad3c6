"""Engine and session factory; the schema is created when the app starts."""

import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from conduit.models import Base

DATABASE_URL = "postgresql+psycopg://{user}:{password}@localhost:5432/{name}".format(
    user=os.environ.get("PGUSER", "postgres"),
    password=os.environ.get("PGPASSWORD", ""),
    name=os.environ.get("PGDATABASE", "conduit"),
)

engine = create_engine(DATABASE_URL, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def init_db() -> None:
    Base.metadata.create_all(engine)
