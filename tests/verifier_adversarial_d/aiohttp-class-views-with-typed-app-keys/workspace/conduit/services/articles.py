from conduit.repositories.articles import ArticleRepository


class NotAuthor(Exception):
    pass


class ArticleService:
    def __init__(self, repo: ArticleRepository) -> None:
        self.repo = repo

    async def get(self, slug: str):
        return await self.repo.get(slug)

    async def delete(self, slug: str, user_id: int) -> bool:
        article = await self.repo.get(slug)
        if article is None:
            return False
        if article.author_id != user_id:
            raise NotAuthor(slug)
        await self.repo.delete(slug)
        return True
