from sqlalchemy import select

from models.user import User


class UserRepository:
    def __init__(self, session_factory):
        self._session_factory = session_factory

    def by_email(self, email):
        with self._session_factory() as session:
            return session.scalars(select(User).where(User.email == email)).first()

    def by_username(self, username):
        with self._session_factory() as session:
            return session.scalars(select(User).where(User.username == username)).first()

    def add(self, email, username, password_hash):
        with self._session_factory() as session:
            user = User(email=email, username=username, password_hash=password_hash)
            session.add(user)
            session.commit()
            return user
