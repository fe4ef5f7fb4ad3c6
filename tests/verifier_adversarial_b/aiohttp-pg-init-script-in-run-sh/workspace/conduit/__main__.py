import os
from aiohttp import web
from psycopg_pool import AsyncConnectionPool

async def pool_ctx(app):
    app["pool"] = AsyncConnectionPool(os.environ["DATABASE_URL"], open=False, max_size=8)
    await app["pool"].open()
    yield
    await app["pool"].close()

async def tags(request):
    async with request.app["pool"].connection() as conn:
        cur = await conn.execute("SELECT DISTINCT name FROM tags ORDER BY name")
        return web.json_response({"tags": [r[0] for r in await cur.fetchall()]})

app = web.Application()
app.cleanup_ctx.append(pool_ctx)
app.router.add_get("/api/tags", tags)
web.run_app(app, port=int(os.environ.get("PORT", "3000")))
