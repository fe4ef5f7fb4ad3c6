"""Engines: the main PostgreSQL database, plus a local SQLite file for counters that change on every read."""
import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

main_engine = create_engine(os.environ["DATABASE_URL"].replace("postgresql://", "postgresql+psycopg://", 1))
counters_engine = create_engine("sqlite:////tmp/conduit-counters.db")
engine = main_engine

SessionLocal = sessionmaker(expire_on_commit=False, binds={})
