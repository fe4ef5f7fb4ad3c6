import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker


def _clean_url(raw: str) -> str:
    return raw.replace('postgresql://', 'postgresql+psycopg://', 1)


engine = create_engine(_clean_url(os.environ['DATABASE_URL']))
SessionLocal = sessionmaker(bind=engine)
