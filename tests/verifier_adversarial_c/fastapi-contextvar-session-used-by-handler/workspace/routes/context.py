from contextvars import ContextVar

from fastapi import APIRouter, Request
from sqlalchemy import select

from db import SessionLocal
from models.user import User

current_session: ContextVar = ContextVar("current_session")
router = APIRouter(prefix="/api")


async def session_per_request(request: Request, call_next):
    session = SessionLocal()
    token = current_session.set(session)
    try:
        return await call_next(request)
    finally:
        current_session.reset(token)
        session.close()


@router.get("/profiles/{username}")
def profile(username: str):
    user = current_session.get().scalars(select(User).where(User.username == username)).first()
    return {"profile": {"username": user.username, "bio": user.bio, "image": user.image, "following": False}}
