# excerpt of https://github.com/sanjeevkumar12/aiohttp-sqlalchemy@a436b55fa7b7:polls/urls.py
from aiohttp import web

from .views import PollApiView

def init_routes(app: web.Application):
    polls.router.add_view("/", PollApiView)
    app.add_subapp("/polls", polls)
