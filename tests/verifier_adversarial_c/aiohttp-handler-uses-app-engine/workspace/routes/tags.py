from aiohttp import web
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.user import User

tag_routes = web.RouteTableDef()


@tag_routes.get("/api/users/names")
async def usernames(request):
    with Session(request.app["engine"]) as session:
        names = session.scalars(select(User.username).order_by(User.username)).all()
    return web.json_response({"usernames": list(names)})
