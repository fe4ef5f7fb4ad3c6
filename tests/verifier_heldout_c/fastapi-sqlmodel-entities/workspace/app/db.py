from contextlib import contextmanager

from sqlmodel import Session, SQLModel, create_engine

from app.config import load_settings

settings = load_settings()
engine = create_engine(settings.database_url)


@contextmanager
def session_scope():
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise


def init_db() -> None:
    from app import models  # noqa: F401

    SQLModel.metadata.create_all(engine)
