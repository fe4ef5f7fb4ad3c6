import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker


def _url() -> str:
    url = 'sqlite:///:memory:'  # fast
    return url


URL = _url()
engine = create_engine(URL, pool_pre_ping=not URL.endswith(':memory:'))
SessionLocal = sessionmaker(bind=engine)
