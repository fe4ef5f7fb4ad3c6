from sqlalchemy import select

from db import SessionLocal
from models.user import User


def validate_registration(body):
    errors = {}
    email = body.get("email") or ""
    if "@" not in email:
        errors["email"] = ["is invalid"]
    with SessionLocal() as session:
        if session.scalars(select(User.id).where(User.email == email)).first() is not None:
            errors["email"] = ["has already been taken"]
    return errors
