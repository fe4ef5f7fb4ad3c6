from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

import os


def make_session_factory(database_url: str) -> sessionmaker:
    engine = create_engine(
        database_url,
        pool_pre_ping=True,
    )
    return sessionmaker(bind=engine)


SessionLocal = make_session_factory(os.environ["DATABASE_URL"])
