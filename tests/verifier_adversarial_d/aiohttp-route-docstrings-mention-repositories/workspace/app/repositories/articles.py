from app.models.article import Article


class ArticleRepository:
    def __init__(self) -> None:
        self._rows: dict[str, Article] = {}

    async def get(self, slug: str) -> Article | None:
        return self._rows.get(slug)
