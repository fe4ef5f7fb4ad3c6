from sqlalchemy import select
from werkzeug.security import check_password_hash, generate_password_hash

from models.user import User
from services.errors import Conflict, Unauthorized
from services.tokens import issue_token


class UserService:
    def __init__(self, session_factory):
        self._session_factory = session_factory

    def register(self, email, username, password):
        with self._session_factory() as session:
            if session.scalars(select(User).where(User.email == email)).first():
                raise Conflict("email", "has already been taken")
            user = User(email=email, username=username, password_hash=generate_password_hash(password))
            session.add(user)
            session.commit()
            return self._present(user)

    def login(self, email, password):
        with self._session_factory() as session:
            user = session.scalars(select(User).where(User.email == email)).first()
        if user is None or not check_password_hash(user.password_hash, password):
            raise Unauthorized("body", "invalid credentials")
        return self._present(user)

    def _present(self, user):
        return {"email": user.email, "username": user.username, "bio": user.bio, "image": user.image,
                "token": issue_token(user.id)}
