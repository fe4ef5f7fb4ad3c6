import os

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker

engine = create_engine(f"sqlite:///{os.environ['SQLITE_PATH']}", connect_args={"check_same_thread": False})
SessionLocal = sessionmaker(engine)


class Base(DeclarativeBase):
    pass


if __name__ == "__main__":
    from app import models  # noqa: F401  (register tables)

    Base.metadata.create_all(engine)
    print("schema created")
