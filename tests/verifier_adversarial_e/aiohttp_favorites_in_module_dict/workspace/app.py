import os
from aiohttp import web
from db import setup_db
from handlers import articles

app = web.Application()
app.cleanup_ctx.append(setup_db)
app.add_routes(articles.routes)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ["PORT"]))
