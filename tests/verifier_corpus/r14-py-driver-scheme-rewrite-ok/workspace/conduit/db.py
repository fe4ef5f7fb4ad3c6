import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker


def _driver_url(url: str) -> str:
    if url.startswith('postgresql://'):
        return 'postgresql+psycopg://' + url[len('postgresql://'):]
    return url


engine = create_engine(_driver_url(os.environ['DATABASE_URL']))
SessionLocal = sessionmaker(bind=engine)
