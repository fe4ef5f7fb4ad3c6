import aiosqlite
from aiohttp import web
from app import settings


async def startup(app):
    app["db"] = await aiosqlite.connect(settings.DB_FILE)
    await app["db"].executescript("""
    CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT, bio TEXT, image TEXT);
    CREATE TABLE IF NOT EXISTS follows (follower_id INTEGER, followee_id INTEGER, PRIMARY KEY (follower_id, followee_id));
    """)


async def cleanup(app):
    await app["db"].close()


async def profile(request):
    async with request.app["db"].execute("SELECT username, bio, image FROM users WHERE username = ?", (request.match_info["username"],)) as cur:
        row = await cur.fetchone()
    if row is None:
        return web.json_response({"errors": {"profile": ["not found"]}}, status=404)
    return web.json_response({"profile": {"username": row[0], "bio": row[1], "image": row[2], "following": False}})


app = web.Application()
app.on_startup.append(startup)
app.on_cleanup.append(cleanup)
app.router.add_get("/api/profiles/{username}", profile)
web.run_app(app, port=settings.PORT)
