import os
from aiohttp import web
from psycopg_pool import AsyncConnectionPool
from psycopg.rows import dict_row

DDL = """
CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, email TEXT UNIQUE NOT NULL, username TEXT UNIQUE NOT NULL, password TEXT NOT NULL, bio TEXT DEFAULT '', image TEXT);
CREATE TABLE IF NOT EXISTS follows (follower_id INT REFERENCES users(id) ON DELETE CASCADE, followed_id INT REFERENCES users(id) ON DELETE CASCADE, PRIMARY KEY (follower_id, followed_id));
"""


async def pg(app: web.Application):
    pool = AsyncConnectionPool(conninfo="", min_size=1, max_size=8, open=False, kwargs={"row_factory": dict_row})
    await pool.open(wait=True)
    async with pool.connection() as conn:
        await conn.execute(DDL)
    app["pool"] = pool
    yield
    await pool.close()


async def profile(request: web.Request):
    async with request.app["pool"].connection() as conn:
        cur = await conn.execute("SELECT username, bio, image FROM users WHERE username = %s", (request.match_info["name"],))
        row = await cur.fetchone()
    if row is None:
        raise web.HTTPNotFound()
    return web.json_response({"profile": {**row, "following": False}})


app = web.Application()
app.cleanup_ctx.append(pg)
app.router.add_get("/api/profiles/{name}", profile)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", 8080)))
