from ..extensions import db
from ..models import User


class UserRepository:
    def get(self, user_id: int):
        return db.session.get(User, user_id)

    def by_username(self, username: str):
        return User.query.filter_by(username=username).first()

    def by_email(self, email: str):
        return User.query.filter_by(email=email).first()

    def add(self, user: User) -> User:
        db.session.add(user)
        db.session.commit()
        return user
