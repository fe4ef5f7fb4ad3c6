import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker


def _url() -> str:
    if os.environ.get('SQLITE_PATH'):
        return 'sqlite:///' + os.environ['SQLITE_PATH']
    return 'sqlite:///:memory:'  # local runs without configuration


URL = _url()
engine = create_engine(URL, pool_pre_ping=not URL.endswith(':memory:'))
SessionLocal = sessionmaker(bind=engine)
