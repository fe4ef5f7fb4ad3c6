from sqlalchemy import select
from app.models.user import User


class UserRepository:
    def __init__(self, session):
        self.session = session

    def by_username(self, username: str) -> User | None:
        return self.session.scalar(select(User).where(User.username == username))
