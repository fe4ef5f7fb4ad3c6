import asyncio
from repositories import tag_repository


async def list_tags() -> list[str]:
    return await asyncio.to_thread(tag_repository.names)


async def set_tags(article_id: int, names: list[str]) -> None:
    await asyncio.to_thread(tag_repository.replace_for_article, article_id, sorted(set(names)))
