import os

from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker

from data.entities import Base

engine = create_engine("sqlite:///" + os.environ["SQLITE_PATH"], connect_args={"check_same_thread": False})


@event.listens_for(engine, "connect")
def _sqlite_pragmas(dbapi_connection, _record):
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


Session = sessionmaker(engine, expire_on_commit=False)


def init_schema() -> None:
    Base.metadata.create_all(engine)
