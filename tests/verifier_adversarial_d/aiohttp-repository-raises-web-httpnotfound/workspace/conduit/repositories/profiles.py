import json

from aiohttp import web

from conduit.models.profile import Profile

_PROFILES: dict[str, Profile] = {}


async def get(username: str) -> Profile:
    try:
        return _PROFILES[username]
    except KeyError:
        raise web.HTTPNotFound(text=json.dumps({"errors": {"body": ["profile not found"]}}), content_type="application/json")
