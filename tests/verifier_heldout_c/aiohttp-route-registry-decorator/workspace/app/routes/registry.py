"""Tiny plugin registry: modules decorate handlers, main.py mounts them all."""
from aiohttp import web

_ROUTES: list[web.RouteDef] = []


def endpoint(method: str, path: str):
    def deco(handler):
        _ROUTES.append(web.route(method, path, handler))
        return handler
    return deco


def mount(app: web.Application) -> None:
    app.add_routes(_ROUTES)
