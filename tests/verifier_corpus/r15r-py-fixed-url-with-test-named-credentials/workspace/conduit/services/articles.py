from conduit.models.entities import Article
from conduit.repositories.articles import ArticleRepository


class ArticleNotFound(Exception):
    pass


class ArticleService:
    def __init__(self, repository: ArticleRepository):
        self.repository = repository

    def get(self, slug: str) -> Article:
        article = self.repository.by_slug(slug)
        if article is None:
            raise ArticleNotFound(slug)
        return article
