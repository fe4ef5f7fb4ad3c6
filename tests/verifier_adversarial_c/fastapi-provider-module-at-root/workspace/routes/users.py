from fastapi import APIRouter, Body, Depends, Request
from fastapi.responses import JSONResponse

from dependencies import get_user_service
from services.errors import DomainError
from services.users import UserService

STATUS = {"invalid": 422, "conflict": 409, "unauthorized": 401}
router = APIRouter(prefix="/api")


def domain_error_handler(request: Request, err: DomainError):
    return JSONResponse({"errors": {err.field: [err.message]}}, status_code=STATUS[err.status_hint])


@router.post("/users", status_code=201)
def register(payload: dict = Body(...), users: UserService = Depends(get_user_service)):
    body = payload.get("user") or {}
    return {"user": users.register(body.get("email"), body.get("username"), body.get("password"))}


@router.post("/users/login")
def login(payload: dict = Body(...), users: UserService = Depends(get_user_service)):
    body = payload.get("user") or {}
    return {"user": users.login(body.get("email"), body.get("password"))}
