from models import Article
from repositories.article_repository import ArticleRepository
from services.errors import Forbidden, NotFound


class ArticleService:
    def __init__(self, repo: ArticleRepository):
        self.repo = repo

    def get(self, slug: str) -> Article:
        article = self.repo.by_slug(slug)
        if article is None:
            raise NotFound(slug)
        return article

    def delete(self, slug: str, user_id: int) -> None:
        article = self.get(slug)
        if article.author_id != user_id:
            raise Forbidden(slug)
        self.repo.delete(article)
