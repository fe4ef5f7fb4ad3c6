import os
from aiohttp import web
from conduit.db import engine
from conduit.models import Base
from conduit.routes.comments import routes


async def create_schema(_app):
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)


app = web.Application()
app.on_startup.append(create_schema)
app.add_routes(routes)
web.run_app(app, port=int(os.environ.get("PORT", 3000)))
