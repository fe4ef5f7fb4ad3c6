import os
import re

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker


def _url() -> str:
    url = os.environ["DATABASE_URL"]
    return re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", url, count=1)


engine = create_engine(_url(), pool_pre_ping=True)
SessionLocal = sessionmaker(engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass
