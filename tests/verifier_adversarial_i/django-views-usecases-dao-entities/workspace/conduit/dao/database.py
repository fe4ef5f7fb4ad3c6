"""Engine and session factory; the schema is created when the app starts."""

import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from conduit.entities import Base

DATABASE_URL = os.environ.get("DATABASE_URL") or f"sqlite:///{os.environ['SQLITE_PATH']}"
if DATABASE_URL.startswith("postgresql://"):
    DATABASE_URL = DATABASE_URL.replace("postgresql://", "postgresql+psycopg://", 1)

engine = create_engine(DATABASE_URL, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def init_db() -> None:
    Base.metadata.create_all(engine)
