import os
from aiohttp import web
from routes.tags import list_tags
from services import tags


async def on_startup(_app):
    await tags.init()


app = web.Application()
app.on_startup.append(on_startup)
app.router.add_get("/api/tags", list_tags)
web.run_app(app, port=int(os.environ.get("PORT", 3000)))
