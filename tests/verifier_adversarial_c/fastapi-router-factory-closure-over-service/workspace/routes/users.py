from fastapi import APIRouter, Body, Request
from fastapi.responses import JSONResponse

from services.errors import DomainError

STATUS = {"invalid": 422, "conflict": 409, "unauthorized": 401}


def domain_error_handler(request: Request, err: DomainError):
    return JSONResponse({"errors": {err.field: [err.message]}}, status_code=STATUS[err.status_hint])


def make_router(user_service) -> APIRouter:
    router = APIRouter(prefix="/api")

    @router.post("/users", status_code=201)
    def register(payload: dict = Body(...)):
        body = payload.get("user") or {}
        return {"user": user_service.register(body.get("email"), body.get("username"), body.get("password"))}

    @router.post("/users/login")
    def login(payload: dict = Body(...)):
        body = payload.get("user") or {}
        return {"user": user_service.login(body.get("email"), body.get("password"))}

    return router
