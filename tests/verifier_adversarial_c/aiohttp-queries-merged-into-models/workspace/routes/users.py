from aiohttp import web

from services.errors import DomainError

STATUS = {"invalid": 422, "conflict": 409, "unauthorized": 401}
routes = web.RouteTableDef()


@web.middleware
async def domain_errors(request, handler):
    try:
        return await handler(request)
    except DomainError as err:
        return web.json_response({"errors": {err.field: [err.message]}}, status=STATUS[err.status_hint])


@routes.post("/api/users")
async def register(request):
    body = (await request.json()).get("user") or {}
    user = request.app["user_service"].register(body.get("email"), body.get("username"), body.get("password"))
    return web.json_response({"user": user}, status=201)


@routes.post("/api/users/login")
async def login(request):
    body = (await request.json()).get("user") or {}
    return web.json_response({"user": request.app["user_service"].login(body.get("email"), body.get("password"))})
