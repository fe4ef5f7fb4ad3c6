from conduit.app.domain.base import Base
from conduit.app.domain.user import User, follows
from conduit.app.domain.article import Article, Comment, Tag, article_tags, favorites

__all__ = ["Base", "User", "follows", "Article", "Comment", "Tag", "article_tags", "favorites"]
