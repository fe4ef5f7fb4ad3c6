"""Entities of the Conduit domain."""

from .base import Base
from .user import User, follows
from .article import Article, Tag, article_tags, favorites

__all__ = ["Base", "User", "follows", "Article", "Tag", "article_tags", "favorites"]
