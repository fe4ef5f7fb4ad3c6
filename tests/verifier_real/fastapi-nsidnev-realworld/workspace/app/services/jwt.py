# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/services/jwt.py
from datetime import datetime, timedelta

from typing import Dict

import jwt

from pydantic import ValidationError

from app.models.domain.users import User

from app.models.schemas.jwt import JWTMeta, JWTUser

def get_username_from_token(token: str, secret_key: str) -> str:
    try:
        return JWTUser(**jwt.decode(token, secret_key, algorithms=[ALGORITHM])).username
    except jwt.PyJWTError as decode_error:
        raise ValueError("unable to decode JWT token") from decode_error
    except ValidationError as validation_error:
        raise ValueError("malformed payload in token") from validation_error
