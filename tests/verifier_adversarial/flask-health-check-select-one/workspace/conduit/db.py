"""Engine and session factory (start-up wiring): the SQLite file the evaluator names."""
import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker


def _url() -> str:
    path = os.environ.get("SQLITE_PATH")
    if path:
        return f"sqlite:///{os.path.abspath(path)}"
    return os.environ.get("DATABASE_URL", "sqlite:///conduit.db")


engine = create_engine(_url(), connect_args={"check_same_thread": False})
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)
