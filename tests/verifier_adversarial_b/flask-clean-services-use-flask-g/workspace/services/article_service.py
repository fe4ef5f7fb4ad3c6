from flask import abort, g
from models import Article
from repositories.article_repository import ArticleRepository


class ArticleService:
    def __init__(self, repo: ArticleRepository):
        self.repo = repo

    def get(self, slug: str) -> Article:
        article = self.repo.by_slug(slug)
        if article is None:
            abort(404)
        return article

    def delete(self, slug: str, user_id: int | None = None) -> None:
        article = self.get(slug)
        if article.author_id != (user_id or g.user_id):
            abort(403)
        self.repo.delete(article)
