"""Engine and session factory."""
import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

SQLITE_PATH = os.environ.get("SQLITE_PATH", "/tmp/conduit.db")

# check_same_thread: waitress serves requests from a thread pool
engine = create_engine(f"sqlite://{SQLITE_PATH}", connect_args={"check_same_thread": False})
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)
