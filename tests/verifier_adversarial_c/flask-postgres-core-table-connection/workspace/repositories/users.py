from types import SimpleNamespace

from sqlalchemy import insert, select

from models.user import users


class UserRepository:
    def __init__(self, engine):
        self._engine = engine

    def _one(self, condition):
        with self._engine.connect() as conn:
            row = conn.execute(select(users).where(condition)).mappings().first()
        return SimpleNamespace(**row) if row else None

    def by_email(self, email):
        return self._one(users.c.email == email)

    def by_username(self, username):
        return self._one(users.c.username == username)

    def add(self, email, username, password_hash):
        with self._engine.begin() as conn:
            conn.execute(insert(users).values(email=email, username=username, password_hash=password_hash))
        return self.by_email(email)
