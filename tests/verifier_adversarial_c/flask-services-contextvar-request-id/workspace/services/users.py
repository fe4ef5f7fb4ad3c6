from werkzeug.security import check_password_hash, generate_password_hash

from services.audit import record
from services.errors import Conflict, DomainError, Unauthorized
from services.tokens import issue_token


class UserService:
    def __init__(self, users):
        self._users = users

    def register(self, email, username, password):
        if not email or "@" not in email:
            raise DomainError("email", "is invalid")
        if self._users.by_email(email):
            raise Conflict("email", "has already been taken")
        if self._users.by_username(username):
            raise Conflict("username", "has already been taken")
        user = self._users.add(email, username, generate_password_hash(password, method="pbkdf2:sha256:100000"))
        record("register", username=username)
        return self._present(user)

    def login(self, email, password):
        user = self._users.by_email(email)
        if user is None or not check_password_hash(user.password_hash, password):
            raise Unauthorized("body", "invalid credentials")
        return self._present(user)

    def _present(self, user):
        return {"email": user.email, "username": user.username, "bio": user.bio,
                "image": user.image, "token": issue_token(user.id)}
