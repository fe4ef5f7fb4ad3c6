import os
import sqlite3
from pathlib import Path
from aiohttp import web

MAIN_DB = Path(os.environ["SQLITE_PATH"])
TAG_DB = MAIN_DB.with_name("tags.sqlite3")  # tag index kept independent of the content store

def setup():
    with sqlite3.connect(MAIN_DB) as c:
        c.executescript("""
        CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT);
        CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, body TEXT, author_id INTEGER);
        """)
    with sqlite3.connect(TAG_DB) as c:
        c.execute("CREATE TABLE IF NOT EXISTS article_tags (slug TEXT, tag TEXT)")

async def tags(_request):
    with sqlite3.connect(TAG_DB) as c:
        return web.json_response({"tags": sorted({r[0] for r in c.execute("SELECT tag FROM article_tags")})})

async def create_article(request):
    payload = (await request.json())["article"]
    slug = payload["title"].lower().replace(" ", "-")
    with sqlite3.connect(MAIN_DB) as c:
        c.execute("INSERT INTO articles (slug, title, body, author_id) VALUES (?, ?, ?, ?)",
                  (slug, payload["title"], payload["body"], request.get("user_id")))
    with sqlite3.connect(TAG_DB) as c:
        c.executemany("INSERT INTO article_tags VALUES (?, ?)", [(slug, t) for t in payload.get("tagList", [])])
    return web.json_response({"article": {"slug": slug, "tagList": payload.get("tagList", [])}}, status=201)

app = web.Application()
app.router.add_get("/api/tags", tags)
app.router.add_post("/api/articles", create_article)

if __name__ == "__main__":
    setup()
    web.run_app(app, port=int(os.environ.get("PORT", 3000)))
