from app.models.user import User


class UserRepository:
    def __init__(self, sessions):
        self.sessions = sessions

    def insert(self, username: str, email: str, password_hash: str) -> User:
        with self.sessions(expire_on_commit=False) as session:
            user = User(username=username, email=email, password_hash=password_hash)
            session.add(user)
            session.commit()
            return user
