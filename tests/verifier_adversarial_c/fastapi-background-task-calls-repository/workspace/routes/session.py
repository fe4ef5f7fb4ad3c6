from fastapi import APIRouter, BackgroundTasks, Body

from db import SessionLocal
from repositories.users import UserRepository
from services.tokens import read_token

router = APIRouter(prefix="/api")
_users = UserRepository(SessionLocal)


@router.post("/session/ping")
def ping(background: BackgroundTasks, payload: dict = Body(...)):
    user_id = read_token(payload.get("token", ""))
    background.add_task(_users.by_username, str(user_id))
    return {"ok": True}
