import os
from aiohttp import web
from .app import build_app

web.run_app(build_app(), port=int(os.environ.get("PORT", 8080)))
