import os
from aiohttp import web
from sqlalchemy import select
from .db import Base, Session, engine
from .models import User


async def on_startup(app):
    Base.metadata.create_all(engine)


async def get_user(request):
    with Session() as s:
        user = s.scalar(select(User).where(User.id == request.get("user_id", 0)))
    if user is None:
        raise web.HTTPUnauthorized()
    return web.json_response({"user": {"email": user.email, "username": user.username, "bio": user.bio, "image": None, "token": ""}})


app = web.Application()
app.on_startup.append(on_startup)
app.router.add_get("/api/user", get_user)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
