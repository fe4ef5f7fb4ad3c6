import os

from sqlalchemy import URL, create_engine
from sqlalchemy.orm import sessionmaker

url = URL.create(
    drivername="postgresql+psycopg",
    username=os.environ.get("PGUSER"),
    password=os.environ.get("PGPASSWORD"),
    host=os.environ.get("PGHOST"),
    database=os.environ.get("PGDATABASE"),
)
engine = create_engine(url)
SessionLocal = sessionmaker(bind=engine)
