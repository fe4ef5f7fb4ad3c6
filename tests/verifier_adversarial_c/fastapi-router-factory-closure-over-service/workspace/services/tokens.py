import os
import time

import jwt

SECRET = os.environ.get("JWT_SECRET", "change-me")


def issue_token(user_id):
    return jwt.encode({"sub": str(user_id), "exp": int(time.time()) + 86400}, SECRET, algorithm="HS256")


def read_token(token):
    return int(jwt.decode(token, SECRET, algorithms=["HS256"])["sub"])
