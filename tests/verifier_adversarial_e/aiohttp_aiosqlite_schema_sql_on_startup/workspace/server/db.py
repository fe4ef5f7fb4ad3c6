import os
from pathlib import Path
import aiosqlite

SCHEMA = Path(__file__).with_name("schema.sql")


async def open_db(app):
    conn = await aiosqlite.connect(os.environ["SQLITE_PATH"])
    conn.row_factory = aiosqlite.Row
    await conn.execute("PRAGMA journal_mode=WAL")
    await conn.execute("PRAGMA foreign_keys=ON")
    await conn.executescript(SCHEMA.read_text())
    await conn.commit()
    app["db"] = conn


async def close_db(app):
    await app["db"].close()
