import os
from aiohttp import web
from conduit.app import build

web.run_app(build(), port=int(os.getenv("PORT", "3000")))
