from models.base import Base
from models.user import User
from models.article import Article

__all__ = ["Base", "User", "Article"]
