"""Registration and login use cases."""
from werkzeug.security import check_password_hash, generate_password_hash

from app.models.user import User
from app.repositories.memory_users import InMemoryUserRepository


class AuthError(Exception):
    pass


class UserService:
    def __init__(self, users: InMemoryUserRepository) -> None:
        self.users = users

    def register(self, username: str, email: str, password: str) -> User:
        return self.users.add(User(username, email, generate_password_hash(password, method="pbkdf2:sha256:600000")))

    def login(self, email: str, password: str) -> User:
        user = self.users.by_email(email)
        if user is None or not check_password_hash(user.password_hash, password):
            raise AuthError("email or password is invalid")
        return user
