# excerpt of https://github.com/webofmars/realworld-flask@2a429d250cdb:realworld/api/core/auth.py
import os

import jwt

import typing as typ

from flask import request

from functools import wraps, lru_cache

from datetime import datetime, timedelta, timezone

SECRET_KEY = os.getenv("SECRET_KEY", "secret")

OVERRIDE_TOKEN_EXPIRATION = os.getenv("OVERRIDE_TOKEN_EXPIRATION", "FALSE").upper()

def _decode_jwt(token: str) -> typ.Tuple[bool, typ.Union[dict, str]]:
    try:
        decoded = jwt.decode(token, SECRET_KEY, algorithms=["HS256"])
        return True, decoded
    except (
        jwt.ExpiredSignatureError,
        jwt.InvalidTokenError,
        jwt.InvalidSignatureError,
    ) as e:
        return False, str(e)
    except Exception:
        return False, "Unknown token error."
