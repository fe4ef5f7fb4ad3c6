import os
from aiohttp import web
from conduit.routes.profiles import add_routes

app = web.Application()
add_routes(app)
if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", 8080)))
