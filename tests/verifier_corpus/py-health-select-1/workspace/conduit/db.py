import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(os.environ["DATABASE_URL"])
SessionLocal = sessionmaker(bind=engine)

from sqlalchemy import text


def ping() -> bool:
    with engine.connect() as conn:
        conn.execute(text('SELECT 1'))
    return True
