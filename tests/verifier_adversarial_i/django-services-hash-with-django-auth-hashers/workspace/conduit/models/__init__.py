from conduit.models.base import Base
from conduit.models.user import User, follows
from conduit.models.article import Article, Comment, Tag, article_tags, favorites

__all__ = ["Base", "User", "follows", "Article", "Comment", "Tag", "article_tags", "favorites"]
