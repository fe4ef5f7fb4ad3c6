from .article import Article, ArticleTag, Favorite, Tag
from .user import User

__all__ = ["Article", "ArticleTag", "Favorite", "Tag", "User"]
