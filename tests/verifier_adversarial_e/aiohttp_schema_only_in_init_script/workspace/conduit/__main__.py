import os
from aiohttp import web
from .web import make_app

web.run_app(make_app(), host="0.0.0.0", port=int(os.getenv("PORT", "8080")))
