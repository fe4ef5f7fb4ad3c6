from conduit.app import app
from conduit.repositories.articles import ArticleRepository

__all__ = ['app', 'ArticleRepository']
