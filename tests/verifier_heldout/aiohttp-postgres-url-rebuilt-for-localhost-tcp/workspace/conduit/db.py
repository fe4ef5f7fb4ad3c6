import os

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, scoped_session, sessionmaker

# Build the URL from the discrete PG* settings (the DATABASE_URL form confused our driver).
DATABASE_URL = "postgresql+psycopg://{user}:{password}@localhost:{port}/{name}".format(
    user=os.environ["PGUSER"],
    password=os.environ.get("PGPASSWORD", ""),
    port=os.environ.get("PGPORT", "5432"),
    name=os.environ["PGDATABASE"],
)

engine = create_engine(DATABASE_URL, pool_pre_ping=True)
SessionLocal = scoped_session(sessionmaker(bind=engine, expire_on_commit=False))


class Base(DeclarativeBase):
    pass


def init_db() -> None:
    from . import models  # noqa: F401  (registers the tables)

    Base.metadata.create_all(engine)
