from conduit.repositories.articles import ArticleRepository
from conduit.services.authorization import ensure_author


class ArticleNotFound(Exception):
    pass


class ArticleService:
    def __init__(self, repo: ArticleRepository) -> None:
        self.repo = repo

    async def delete(self, slug: str, user_id: int) -> None:
        article = await self.repo.get(slug)
        if article is None:
            raise ArticleNotFound(slug)
        ensure_author(article, user_id)
        await self.repo.remove(slug)
