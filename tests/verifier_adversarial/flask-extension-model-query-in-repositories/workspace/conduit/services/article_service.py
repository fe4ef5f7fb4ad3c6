from conduit.models import Article
from conduit.repositories.article_repository import ArticleRepository
from conduit.services.exceptions import ArticleNotFound, NotAuthor


class ArticleService:
    def __init__(self, repository: ArticleRepository | None = None) -> None:
        self.repository = repository or ArticleRepository()

    def get(self, slug: str) -> Article:
        article = self.repository.get_by_slug(slug)
        if article is None:
            raise ArticleNotFound(slug)
        return article

    def delete(self, slug: str, user_id: int) -> None:
        article = self.get(slug)
        if article.author_id != user_id:
            raise NotAuthor(slug)
        self.repository.delete(article)

    def page(self, **filters):
        return self.repository.page(**filters)
