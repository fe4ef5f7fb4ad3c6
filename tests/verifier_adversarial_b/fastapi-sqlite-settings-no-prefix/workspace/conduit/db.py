from sqlalchemy import create_engine, event
from sqlalchemy.orm import DeclarativeBase, sessionmaker
from conduit.settings import settings

engine = create_engine(settings.sqlalchemy_url, connect_args={"check_same_thread": False})

@event.listens_for(engine, "connect")
def _pragmas(dbapi_conn, _record):
    dbapi_conn.execute("PRAGMA foreign_keys=ON")
    dbapi_conn.execute("PRAGMA journal_mode=WAL")

Session = sessionmaker(engine, expire_on_commit=False)

class Base(DeclarativeBase):
    pass
