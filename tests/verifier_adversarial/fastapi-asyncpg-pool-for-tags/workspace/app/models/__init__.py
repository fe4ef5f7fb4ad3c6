from app.models.base import Base
from app.models.user import User, Follow
from app.models.article import Article, Tag, Comment, Favorite

__all__ = ["Base", "User", "Follow", "Article", "Tag", "Comment", "Favorite"]
