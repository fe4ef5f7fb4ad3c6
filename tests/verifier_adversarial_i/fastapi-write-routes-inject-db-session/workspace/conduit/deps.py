"""Request-scoped database session for FastAPI dependencies."""

from collections.abc import Iterator

from sqlalchemy.orm import Session

from conduit.repositories.database import SessionLocal


def get_session() -> Iterator[Session]:
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()
