from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from conduit.settings import database_address


def make_session_factory(database_url: str) -> sessionmaker:
    engine = create_engine(
        database_url,
        pool_pre_ping=True,
    )
    return sessionmaker(bind=engine)


SessionLocal = make_session_factory(database_address())
