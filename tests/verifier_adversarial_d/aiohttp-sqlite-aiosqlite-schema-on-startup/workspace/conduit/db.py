import os
from pathlib import Path

import aiosqlite
from aiohttp import web

SCHEMA = Path(__file__).with_name("schema.sql")


async def sqlite_ctx(app: web.Application):
    db = await aiosqlite.connect(os.environ["SQLITE_PATH"])
    db.row_factory = aiosqlite.Row
    await db.execute("PRAGMA foreign_keys = ON")
    await db.executescript(SCHEMA.read_text())
    await db.commit()
    app["db"] = db
    yield
    await db.close()
