from app.repositories.articles import ArticleRepository


class ArticleService:
    def __init__(self, repo: ArticleRepository) -> None:
        self._repo = repo

    async def get(self, slug: str):
        return await self._repo.get(slug)
