from argon2 import PasswordHasher
from sqlalchemy.exc import IntegrityError

from app.repositories.users import UserRepository


class AlreadyTaken(Exception):
    pass


class RegistrationService:
    def __init__(self, users: UserRepository) -> None:
        self.users = users
        self.hasher = PasswordHasher()

    def register(self, username: str, email: str, password: str):
        try:
            return self.users.insert(username, email, self.hasher.hash(password))
        except IntegrityError as exc:
            raise AlreadyTaken("username or email") from exc
