"""Data access on SQLite through the standard library's sqlite3 module."""

from conduit.repositories.articles import ArticleRepository
from conduit.repositories.database import Database
from conduit.repositories.users import UserRepository

__all__ = ["ArticleRepository", "Database", "UserRepository"]
