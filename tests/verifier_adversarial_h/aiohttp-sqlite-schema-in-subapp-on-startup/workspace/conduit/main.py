"""Root application: a health endpoint and the API under /api."""

from __future__ import annotations

import os

from aiohttp import web

from conduit.api import build_api


async def health(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def create_app() -> web.Application:
    root = web.Application()
    root.router.add_get("/health", health)
    root.add_subapp("/api", build_api())
    return root


if __name__ == "__main__":
    web.run_app(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
