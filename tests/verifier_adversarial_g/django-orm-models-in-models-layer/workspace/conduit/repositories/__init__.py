"""Data access: every read and write of stored data goes through these classes."""

from conduit.repositories.articles import ArticleRepository
from conduit.repositories.users import UserRepository

__all__ = ["ArticleRepository", "UserRepository"]
