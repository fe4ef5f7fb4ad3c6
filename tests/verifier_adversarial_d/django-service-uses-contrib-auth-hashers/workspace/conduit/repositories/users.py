from sqlalchemy import select
from conduit.models.user import User


class Users:
    def __init__(self, session_factory):
        self.session_factory = session_factory

    def by_email(self, email):
        with self.session_factory() as s:
            return s.scalar(select(User).where(User.email == email))
