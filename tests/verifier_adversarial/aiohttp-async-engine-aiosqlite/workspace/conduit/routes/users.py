import time

import jwt
from aiohttp import web

from conduit.services.users import BadCredentials, Conflict, UserService


class UserHandlers:
    def __init__(self, service: UserService, secret: str) -> None:
        self.service = service
        self.secret = secret

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/api/health-check", self.health),
            web.post("/api/users", self.register),
            web.post("/api/users/login", self.login),
        ]

    def _user(self, user) -> dict:
        token = jwt.encode({"sub": str(user.id), "exp": int(time.time()) + 86400}, self.secret, algorithm="HS256")
        return {"email": user.email, "username": user.username, "bio": user.bio, "image": user.image, "token": token}

    async def health(self, _request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def register(self, request: web.Request) -> web.Response:
        body = (await request.json()).get("user") or {}
        try:
            user = await self.service.register(body.get("username", ""), body.get("email", ""), body.get("password", ""))
        except Conflict as error:
            return web.json_response({"errors": error.fields}, status=409)
        return web.json_response({"user": self._user(user)}, status=201)

    async def login(self, request: web.Request) -> web.Response:
        body = (await request.json()).get("user") or {}
        try:
            user = await self.service.login(body.get("email", ""), body.get("password", ""))
        except BadCredentials:
            return web.json_response({"errors": {"body": ["email or password is invalid"]}}, status=401)
        return web.json_response({"user": self._user(user)})
