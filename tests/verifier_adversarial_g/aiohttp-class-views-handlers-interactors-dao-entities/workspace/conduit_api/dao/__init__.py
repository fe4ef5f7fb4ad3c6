"""Data access: every read and write of stored data goes through these classes."""

from conduit_api.dao.articles import ArticleRepository
from conduit_api.dao.database import create_schema, make_engine, make_session_factory
from conduit_api.dao.users import UserRepository

__all__ = ["ArticleRepository", "UserRepository", "create_schema", "make_engine", "make_session_factory"]
