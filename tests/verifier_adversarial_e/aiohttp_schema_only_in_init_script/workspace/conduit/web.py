from aiohttp import web
from sqlalchemy import select
from .db import Session, engine
from .models import User


async def get_profile(request):
    async with Session() as s:
        user = await s.scalar(select(User).where(User.username == request.match_info["username"]))
    if user is None:
        raise web.HTTPNotFound()
    return web.json_response({"profile": {"username": user.username, "bio": user.bio, "image": None, "following": False}})


async def dispose(app):
    await engine.dispose()


def make_app():
    app = web.Application()
    app.router.add_get("/api/profiles/{username}", get_profile)
    app.on_cleanup.append(dispose)
    return app
