from api.models.user import User


class UserRepository:
    def __init__(self, session):
        self.session = session

    def by_email(self, email):
        return self.session.query(User).filter_by(email=email).one_or_none()
