import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from models.user import Base

engine = create_engine(os.environ["DATABASE_URL"], future=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


def init_schema():
    Base.metadata.create_all(engine)
