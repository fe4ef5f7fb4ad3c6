import os

from aiohttp import web

from conduit import store


async def health(_request):
    return web.json_response({"status": "ok"})


async def profile(request):
    row = await store.user_by_username(request.match_info["username"])
    if row is None:
        return web.json_response({"errors": {"body": ["profile not found"]}}, status=404)
    return web.json_response({"profile": {"username": row["username"], "bio": row["bio"], "image": row["image"], "following": False}})


async def tags(_request):
    return web.json_response({"tags": await store.all_tags()})


async def on_startup(_app):
    await store.create_schema()
    await store.database.connect()


async def on_cleanup(_app):
    await store.database.disconnect()


app = web.Application()
app.on_startup.append(on_startup)
app.on_cleanup.append(on_cleanup)
app.add_routes([web.get("/api/health-check", health), web.get("/api/profiles/{username}", profile), web.get("/api/tags", tags)])

if __name__ == "__main__":
    web.run_app(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
