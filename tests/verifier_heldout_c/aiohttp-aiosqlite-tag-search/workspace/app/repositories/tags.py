import os

import aiosqlite


async def all_tag_names() -> list[str]:
    # async read path so the event loop is not blocked by a big tag cloud
    async with aiosqlite.connect(os.environ["SQLITE_PATH"]) as conn:
        async with conn.execute("SELECT DISTINCT name FROM tags ORDER BY name") as cursor:
            return [row[0] async for row in cursor]
