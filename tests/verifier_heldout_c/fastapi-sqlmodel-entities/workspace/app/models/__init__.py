from app.models.entities import Article, ArticleTag, Comment, Favorite, Follow, Tag, User

__all__ = ["Article", "ArticleTag", "Comment", "Favorite", "Follow", "Tag", "User"]
