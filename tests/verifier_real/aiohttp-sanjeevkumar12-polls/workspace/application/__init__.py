# excerpt of https://github.com/sanjeevkumar12/aiohttp-sqlalchemy@a436b55fa7b7:application/__init__.py
from aiohttp import web

from application.extensions import init_extensions

def create_app(argv=None) -> web.Application:
    app = web.Application()
    init_extensions(app)
    app.router.add_get("/", index_handler)
    return app
