import os
from sqlalchemy import URL, create_engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker

url = URL.create(
    "postgresql+psycopg",
    username=os.environ["PGUSER"],
    password=os.environ.get("PGPASSWORD"),
    database=os.environ["PGDATABASE"],
    query={"host": os.environ["PGHOST"], "port": os.environ.get("PGPORT", "5432")},
)
engine = create_engine(url, pool_pre_ping=True)
SessionLocal = sessionmaker(engine)


class Base(DeclarativeBase):
    pass
