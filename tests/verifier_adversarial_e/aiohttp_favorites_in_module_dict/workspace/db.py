import os
import aiosqlite

DDL = [
    "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT UNIQUE, username TEXT UNIQUE, password TEXT, bio TEXT, image TEXT)",
    "CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, description TEXT, body TEXT, author_id INTEGER, created_at TEXT, updated_at TEXT)",
]


async def setup_db(app):
    conn = await aiosqlite.connect(os.environ["SQLITE_PATH"])
    for stmt in DDL:
        await conn.execute(stmt)
    await conn.commit()
    app["db"] = conn
    yield
    await conn.close()
