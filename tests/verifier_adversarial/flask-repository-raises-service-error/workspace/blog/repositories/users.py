"""In-memory user store (the task leaves storage open)."""
from threading import Lock

from blog.models.user import User
from blog.services.errors import UsernameTaken


class UserRepository:
    def __init__(self) -> None:
        self._by_name: dict[str, User] = {}
        self._lock = Lock()

    def add(self, user: User) -> User:
        with self._lock:
            if user.username in self._by_name:
                raise UsernameTaken(f"username {user.username!r} is taken")
            self._by_name[user.username] = user
        return user

    def get(self, username: str) -> User | None:
        return self._by_name.get(username)
