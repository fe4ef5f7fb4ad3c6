from app.models.entities import Article, Base, User

__all__ = ["Base", "User", "Article"]
