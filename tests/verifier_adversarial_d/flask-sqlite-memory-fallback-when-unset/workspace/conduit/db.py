import os

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker
from sqlalchemy.pool import StaticPool


def _url() -> str:
    if os.environ.get("SQLITE_PATH"):
        return "sqlite:///" + os.environ["SQLITE_PATH"]
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    return "sqlite:///:memory:"  # quick local runs without any configuration


URL = _url()
engine = create_engine(URL, connect_args={"check_same_thread": False}, poolclass=StaticPool if URL.endswith(":memory:") else None)
Session = sessionmaker(engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass
