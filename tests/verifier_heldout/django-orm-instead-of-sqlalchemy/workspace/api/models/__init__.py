from .article import Article, Tag, User

__all__ = ["Article", "Tag", "User"]
