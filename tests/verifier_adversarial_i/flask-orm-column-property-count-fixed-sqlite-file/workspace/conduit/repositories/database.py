"""Engine and session factory; the schema is created when the app starts."""

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from conduit.models import Base

DATABASE_URL = "sqlite:///conduit.db"

engine = create_engine(DATABASE_URL, connect_args={"check_same_thread": False})
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def init_db() -> None:
    Base.metadata.create_all(engine)
