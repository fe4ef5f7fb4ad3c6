import os
from aiohttp import web
from app.routes.http import make_app

if __name__ == "__main__":
    web.run_app(make_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
