import os
import aiosqlite

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT, bio TEXT, image TEXT);
CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, description TEXT, body TEXT, author_id INTEGER, created_at TEXT, updated_at TEXT);
CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY, article_id INTEGER, author_id INTEGER, body TEXT, created_at TEXT);
"""

async def open_db(app):
    app["db"] = await aiosqlite.connect(os.environ["SQLITE_PATH"])
    app["db"].row_factory = aiosqlite.Row
    await app["db"].executescript(SCHEMA)
    yield
    await app["db"].close()
