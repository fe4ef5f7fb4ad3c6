# excerpt of https://github.com/congdh/fastapi-realworld@42c8630aedf5:app/core/security.py
from datetime import datetime, timedelta

from typing import Any, Union

from fastapi import HTTPException

from jose import jwt

from passlib.context import CryptContext

from pydantic import SecretStr, ValidationError

from starlette import status

from app.core.config import settings

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")

def get_user_id_from_token(token: str) -> str:
    try:
        payload = jwt.decode(token, settings.SECRET_KEY, algorithms=ALGORITHM)
        user_id = payload.get("sub", None)
        return user_id
    except (jwt.JWTError, ValidationError):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Could not validate credentials",
        )
