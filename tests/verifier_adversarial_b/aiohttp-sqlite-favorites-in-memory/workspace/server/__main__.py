import os
from aiohttp import web
from server.app import make_app

web.run_app(make_app(), host="0.0.0.0", port=int(os.environ.get("PORT", 3000)))
