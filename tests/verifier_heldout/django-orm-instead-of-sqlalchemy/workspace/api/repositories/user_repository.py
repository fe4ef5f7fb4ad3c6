from ..models import User


class UserRepository:
    def __init__(self, session=None) -> None:
        self.session = session

    def get(self, user_id: int):
        return User.objects.filter(pk=user_id).first()

    def by_username(self, username: str):
        return User.objects.filter(username=username).first()
