"""Entities of the Conduit domain."""

from conduit.schemas.base import Base
from conduit.schemas.user import User, follows
from conduit.schemas.article import Article, Tag, article_tags, favorites

__all__ = ["Base", "User", "follows", "Article", "Tag", "article_tags", "favorites"]
