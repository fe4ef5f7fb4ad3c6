from aiohttp import web

app = web.Application()
web.run_app(app)
