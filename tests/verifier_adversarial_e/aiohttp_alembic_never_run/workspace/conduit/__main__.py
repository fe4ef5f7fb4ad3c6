import os
from aiohttp import web
from sqlalchemy import select
from sqlalchemy.ext.asyncio import create_async_engine, async_sessionmaker
from .models import User

engine = create_async_engine(os.environ["DATABASE_URL"].replace("postgresql://", "postgresql+asyncpg://", 1))
Session = async_sessionmaker(engine, expire_on_commit=False)


async def profile(request):
    async with Session() as s:
        u = await s.scalar(select(User).where(User.username == request.match_info["username"]))
    if not u:
        raise web.HTTPNotFound()
    return web.json_response({"profile": {"username": u.username, "bio": u.bio, "image": u.image, "following": False}})


app = web.Application()
app.router.add_get("/api/profiles/{username}", profile)
web.run_app(app, port=int(os.environ.get("PORT", 8080)))
