import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(os.environ["DATABASE_URL"])
SessionLocal = sessionmaker(bind=engine)


def create_schema() -> None:
    from conduit.models.entities import Base

    Base.metadata.create_all(engine)
