from fastapi import APIRouter, Body, Depends
from fastapi.responses import JSONResponse

from api.dependencies import user_service
from api.services.user_service import InvalidCredentials, UserService

router = APIRouter()


@router.post("/users/login")
def login(payload: dict = Body(...), users: UserService = Depends(user_service)):
    creds = payload.get("user", {})
    try:
        user = users.login(creds.get("email", ""), creds.get("password", ""))
    except InvalidCredentials:
        return JSONResponse({"errors": {"body": ["invalid credentials"]}}, status_code=401)
    return {"user": {"email": user.email, "username": user.username, "bio": None, "image": None, "token": "t"}}
