"""Persistent entities, declared with SQLAlchemy's declarative mapping."""

from conduit.models.entities import (
    Article,
    ArticleTag,
    Base,
    Comment,
    Favorite,
    Follow,
    Tag,
    User,
    utc_now,
)

__all__ = ["Article", "ArticleTag", "Base", "Comment", "Favorite", "Follow", "Tag", "User", "utc_now"]
