"""Entities of the Conduit domain (the `conduit` Django app's models)."""

from conduit.models.article import Article, Tag
from conduit.models.user import User

__all__ = ["Article", "Tag", "User"]
