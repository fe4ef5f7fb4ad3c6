import os

from sqlalchemy import create_engine

from models.user import metadata

engine = create_engine(os.environ["DATABASE_URL"], future=True)
SessionLocal = engine


def init_schema():
    metadata.create_all(engine)
