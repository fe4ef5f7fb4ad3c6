import os
from aiohttp import web
from db import engine
from models import Base
from routes.tags import list_tags

Base.metadata.create_all(engine)
app = web.Application()
app.router.add_get("/api/tags", list_tags)
web.run_app(app, port=int(os.environ.get("PORT", 3000)))
