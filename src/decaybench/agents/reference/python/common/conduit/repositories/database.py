"""Session handling: the schema, and a unit of work that hands out repositories over one session."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from conduit.models import Base
from conduit.repositories.articles import (
    ArticleRepository,
    FavoriteRepository,  # feature: favorites
    TagRepository,  # feature: tags
)
from conduit.repositories.comments import CommentRepository  # feature: comments
from conduit.repositories.users import (
    FollowRepository,  # feature: following
    UserRepository,
)


class Conflict(Exception):
    """A uniqueness rule was broken by a concurrent write; redoing the work may succeed."""


class UnitOfWork:
    """One session, one transaction: ``commit()`` to keep changes, anything else rolls back.

    A uniqueness violation leaves the block as ``Conflict``, so callers need not know the ORM.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.users = UserRepository(session)
        self.follows = FollowRepository(session)  # feature: following
        self.articles = ArticleRepository(session)
        self.tags = TagRepository(session)  # feature: tags
        self.favorites = FavoriteRepository(session)  # feature: favorites
        self.comments = CommentRepository(session)  # feature: comments

    def commit(self) -> None:
        self.session.commit()

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self.session.rollback()
        self.session.close()
        if isinstance(exc, IntegrityError):
            raise Conflict(str(exc.orig)) from exc


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # expire_on_commit=False: presenters read entities after the commit of a use case.
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    def create_schema(self) -> None:
        Base.metadata.create_all(self.engine)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self._sessions())

    def dispose(self) -> None:
        self.engine.dispose()
