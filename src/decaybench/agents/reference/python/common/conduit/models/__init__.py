"""Persistent entities, declared with SQLAlchemy's declarative mapping."""

from conduit.models.entities import (
    Article,
    ArticleTag,  # feature: tags
    Base,
    Comment,  # feature: comments
    Favorite,  # feature: favorites
    Follow,  # feature: following
    Tag,  # feature: tags
    User,
    utc_now,
)

__all__ = [
    "Article",
    "ArticleTag",  # feature: tags
    "Base",
    "Comment",  # feature: comments
    "Favorite",  # feature: favorites
    "Follow",  # feature: following
    "Tag",  # feature: tags
    "User",
    "utc_now",
]
