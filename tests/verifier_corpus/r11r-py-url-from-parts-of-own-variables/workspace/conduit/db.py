import os

from sqlalchemy import URL, create_engine
from sqlalchemy.orm import sessionmaker

url = URL.create(
    drivername="postgresql+psycopg",
    username=os.environ.get("DB_USER", "conduit"),
    password=os.environ.get("DB_PASSWORD", ""),
    host=os.environ.get("DB_HOSTNAME", "postgres"),
    database=os.environ.get("DB_NAME", "conduit"),
)
engine = create_engine(url)
SessionLocal = sessionmaker(bind=engine)
