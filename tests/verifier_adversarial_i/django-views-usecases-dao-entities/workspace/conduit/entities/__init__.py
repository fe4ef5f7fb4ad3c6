from conduit.entities.base import Base
from conduit.entities.user import User, follows
from conduit.entities.article import Article, Comment, Tag, article_tags, favorites

__all__ = ["Base", "User", "follows", "Article", "Comment", "Tag", "article_tags", "favorites"]
