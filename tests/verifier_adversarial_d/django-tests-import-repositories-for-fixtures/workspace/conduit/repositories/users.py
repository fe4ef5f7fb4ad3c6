from sqlalchemy import select
from conduit.models.user import User


class UserRepository:
    def __init__(self, sessions):
        self.sessions = sessions

    def by_username(self, username):
        with self.sessions() as s:
            return s.scalar(select(User).where(User.username == username))

    def add(self, **fields):
        with self.sessions() as s:
            s.add(user := User(**fields))
            s.commit()
            return user
