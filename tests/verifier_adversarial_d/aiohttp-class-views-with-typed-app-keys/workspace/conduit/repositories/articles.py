from conduit.models.article import Article


class ArticleRepository:
    def __init__(self) -> None:
        self.rows: dict[str, Article] = {}

    async def get(self, slug: str) -> Article | None:
        return self.rows.get(slug)

    async def delete(self, slug: str) -> None:
        self.rows.pop(slug, None)
