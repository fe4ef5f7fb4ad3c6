import os
from aiohttp import web

from handlers.articles import routes

app = web.Application()
app.add_routes(routes)
web.run_app(app, port=int(os.environ.get('PORT', '8080')))
