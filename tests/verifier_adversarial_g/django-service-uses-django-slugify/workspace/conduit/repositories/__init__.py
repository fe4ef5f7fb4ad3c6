"""Data access: every read and write of stored data goes through these classes."""

from conduit.repositories.articles import ArticleRepository
from conduit.repositories.comments import CommentRepository
from conduit.repositories.database import create_schema, make_engine, make_session_factory
from conduit.repositories.users import UserRepository

__all__ = [
    "ArticleRepository",
    "CommentRepository",
    "UserRepository",
    "create_schema",
    "make_engine",
    "make_session_factory",
]
