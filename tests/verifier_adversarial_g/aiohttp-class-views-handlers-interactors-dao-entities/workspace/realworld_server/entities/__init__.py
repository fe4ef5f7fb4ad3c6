"""Entities of the Conduit domain."""

from realworld_server.entities.base import Base
from realworld_server.entities.user import User, follows
from realworld_server.entities.article import Article, Tag, article_tags, favorites

__all__ = ["Base", "User", "follows", "Article", "Tag", "article_tags", "favorites"]
