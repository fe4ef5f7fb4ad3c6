import os
from datetime import datetime, timedelta, timezone

import jwt

from ..models import User
from ..repositories.user_repository import UserRepository

SECRET = os.environ.get("JWT_SECRET", "dev-secret")


class AuthService:
    def __init__(self, users: UserRepository) -> None:
        self.users = users

    def token_for(self, user: User) -> str:
        exp = datetime.now(timezone.utc) + timedelta(days=7)
        return jwt.encode({"sub": str(user.id), "exp": exp}, SECRET, algorithm="HS256")

    def user_from_token(self, token: str) -> User | None:
        try:
            payload = jwt.decode(token, SECRET, algorithms=["HS256"])
        except jwt.PyJWTError:
            return None
        return self.users.get(int(payload["sub"]))
