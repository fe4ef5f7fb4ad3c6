from aiohttp import web
from conduit.services import profiles


async def get_profile(request: web.Request) -> web.Response:
    return web.json_response({"profile": await profiles.view(request.match_info["username"])})


def add_routes(app: web.Application) -> None:
    app.router.add_get("/api/profiles/{username}", get_profile)
