import os

from aiohttp import web
from sqlalchemy import select, text

from conduit.db import Base, Session, engine
from conduit.entities import User


async def on_startup(app):
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)


async def health(request):
    async with Session() as s:
        await s.execute(text("SELECT 1"))
    return web.json_response({"status": "ok"})


async def profile(request):
    async with Session() as s:
        user = await s.scalar(select(User).where(User.username == request.match_info["username"]))
    if user is None:
        return web.json_response({"errors": {"body": ["not found"]}}, status=404)
    return web.json_response({"profile": {"username": user.username, "bio": user.bio, "image": user.image, "following": False}})


app = web.Application()
app.on_startup.append(on_startup)
app.router.add_get("/health", health)
app.router.add_get("/api/profiles/{username}", profile)
web.run_app(app, port=int(os.environ.get("PORT", 8080)))
