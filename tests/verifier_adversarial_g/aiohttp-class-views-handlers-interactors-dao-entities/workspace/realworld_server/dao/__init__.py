"""Data access: every read and write of stored data goes through these classes."""

from realworld_server.dao.articles import ArticleRepository
from realworld_server.dao.database import create_schema, make_engine, make_session_factory
from realworld_server.dao.users import UserRepository

__all__ = ["ArticleRepository", "UserRepository", "create_schema", "make_engine", "make_session_factory"]
