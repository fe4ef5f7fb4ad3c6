from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from app.services.registration import AlreadyTaken

router = APIRouter()


@router.post("/users", status_code=201)
async def register(request: Request):
    data = (await request.json()).get("user", {})
    try:
        user = request.app.state.registration.register(data.get("username"), data.get("email"), data.get("password"))
    except AlreadyTaken as exc:
        return JSONResponse({"errors": {"body": [f"{exc} has already been taken"]}}, status_code=422)
    return {"user": {"username": user.username, "email": user.email, "bio": None, "image": None, "token": ""}}
