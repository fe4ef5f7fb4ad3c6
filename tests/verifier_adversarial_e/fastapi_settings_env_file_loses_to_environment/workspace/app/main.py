from fastapi import FastAPI, Depends, HTTPException
from sqlalchemy import select
from app.db.base import Base, User
from app.db.session import engine, SessionLocal

app = FastAPI()


@app.on_event("startup")
def create_tables() -> None:
    Base.metadata.create_all(bind=engine)


def db():
    s = SessionLocal()
    try:
        yield s
    finally:
        s.close()


@app.get("/api/profiles/{username}")
def profile(username: str, s=Depends(db)):
    user = s.scalar(select(User).where(User.username == username))
    if not user:
        raise HTTPException(404)
    return {"profile": {"username": user.username, "bio": user.bio, "image": None, "following": False}}
