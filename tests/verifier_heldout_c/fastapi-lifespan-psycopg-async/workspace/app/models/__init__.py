from app.models.article import Article, Comment, Tag, article_tags, favorites
from app.models.user import User, follows

__all__ = ["Article", "Comment", "Tag", "User", "article_tags", "favorites", "follows"]
