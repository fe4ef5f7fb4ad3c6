import os

from aiohttp import web

from .server import build

web.run_app(build(), port=int(os.environ.get("PORT", "8080")))
