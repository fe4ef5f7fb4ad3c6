# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:core/auth/jwt.py
from datetime import datetime, timedelta

from typing import Optional

from jose import JWTError, jwt

from core.auth.schemas import Claims

from core.settings import settings

def verify_token(token: str) -> Optional[Claims]:
    try:
        payload = jwt.decode(
            token=token, key=settings.JWT_SECRET, algorithms=[settings.JWT_ALGORITHM]
        )
        email = payload.get("sub", None)
        if email is None:
            return None
        return Claims(email=email)
    except JWTError:
        return None
