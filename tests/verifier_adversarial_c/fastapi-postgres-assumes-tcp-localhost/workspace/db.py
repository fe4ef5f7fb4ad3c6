import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from models.user import Base

DB_URL = "postgresql+psycopg2://{}:{}@localhost:5432/{}".format(
    os.environ.get("PGUSER", "postgres"), os.environ.get("PGPASSWORD", ""), os.environ.get("PGDATABASE", "conduit")
)
engine = create_engine(DB_URL, future=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def init_schema():
    Base.metadata.create_all(engine)
