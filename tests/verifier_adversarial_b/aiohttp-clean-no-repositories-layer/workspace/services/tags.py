import os
import aiosqlite
from models.tag import Tag

DB_PATH = os.environ.get("DB_PATH", "conduit.db")


async def init() -> None:
    async with aiosqlite.connect(DB_PATH) as db:
        await db.execute("CREATE TABLE IF NOT EXISTS tags (article_id INTEGER, name TEXT)")
        await db.commit()


async def all_tags() -> list[Tag]:
    async with aiosqlite.connect(DB_PATH) as db:
        async with db.execute("SELECT DISTINCT name FROM tags ORDER BY name") as cur:
            return [Tag(r[0]) async for r in cur]
