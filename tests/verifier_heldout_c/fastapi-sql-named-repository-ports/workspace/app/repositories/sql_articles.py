"""SQL-backed implementation of the ArticleStore port (the only one we have)."""
from app.repositories.articles import ArticleRepository


class SqlArticleRepository(ArticleRepository):
    pass
