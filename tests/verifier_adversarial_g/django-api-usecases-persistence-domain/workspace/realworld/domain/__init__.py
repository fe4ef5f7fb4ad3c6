"""Entities of the Conduit domain."""

from realworld.domain.base import Base
from realworld.domain.user import User, follows
from realworld.domain.article import Article, Comment, Tag, article_tags, favorites

__all__ = ["Base", "User", "follows", "Article", "Tag", "article_tags", "favorites", "Comment"]
