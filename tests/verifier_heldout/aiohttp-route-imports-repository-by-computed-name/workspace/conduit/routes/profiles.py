import importlib

from aiohttp import web

routes = web.RouteTableDef()


def _repository(name: str):
    """Look up a repository class by resource name (profiles -> repositories.user_repository)."""
    module = importlib.import_module(f"conduit.repositories.{name}_repository")
    return getattr(module, f"{name.capitalize()}Repository")


@routes.get("/api/profiles/{username}")
async def get_profile(request: web.Request) -> web.Response:
    from ..db import SessionLocal

    users = _repository("user")(SessionLocal)
    user = users.by_username(request.match_info["username"])
    if user is None:
        raise web.HTTPNotFound()
    return web.json_response({"profile": {"username": user.username, "bio": user.bio, "image": user.image, "following": False}})
