from conduit.models.base import Base
from conduit.models.user import User, Follow
from conduit.models.article import Article, Tag, Comment, Favorite

__all__ = ["Base", "User", "Follow", "Article", "Tag", "Comment", "Favorite"]
