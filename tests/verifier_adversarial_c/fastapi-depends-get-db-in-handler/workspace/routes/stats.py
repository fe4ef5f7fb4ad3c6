from fastapi import APIRouter, Depends
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import SessionLocal
from models.user import User

router = APIRouter(prefix="/api")


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


@router.get("/stats/users")
def count_users(db: Session = Depends(get_db)):
    return {"users": db.scalar(select(func.count()).select_from(User))}
