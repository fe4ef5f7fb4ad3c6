from app.repositories.tags import TagRepository


class TagService:
    def __init__(self, tags: TagRepository | None = None) -> None:
        self.tags = tags or TagRepository()

    async def list(self) -> list[str]:
        return await self.tags.popular()
