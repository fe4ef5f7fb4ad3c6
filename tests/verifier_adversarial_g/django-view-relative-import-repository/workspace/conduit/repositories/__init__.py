"""Data access: every read and write of stored data goes through these classes."""

from .articles import ArticleRepository
from .database import create_schema, make_engine, make_session_factory
from .users import UserRepository

__all__ = ["ArticleRepository", "UserRepository", "create_schema", "make_engine", "make_session_factory"]
