"""Data access: every read and write of stored data goes through these classes."""

from conduit.repositories.articles import ArticleRepository
from conduit.repositories.database import create_schema, make_engine, make_session_factory
from conduit.repositories.users import UserRepository

__all__ = ["ArticleRepository", "UserRepository", "create_schema", "make_engine", "make_session_factory"]
