import hashlib
import os

from blog.models.user import User
from blog.repositories.users import UserRepository
from blog.services.errors import UserMissing


class UserService:
    def __init__(self, repo: UserRepository) -> None:
        self.repo = repo

    def register(self, username: str, email: str, password: str) -> User:
        salt = os.urandom(16)
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 100_000)
        return self.repo.add(User(username, email, f"pbkdf2_sha256$100000${salt.hex()}${digest.hex()}"))

    def profile(self, username: str) -> User:
        user = self.repo.get(username)
        if user is None:
            raise UserMissing(username)
        return user
