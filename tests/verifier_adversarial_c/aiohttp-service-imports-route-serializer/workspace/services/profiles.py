from routes.serializers import serialize_profile
from services.errors import DomainError


class ProfileService:
    def __init__(self, users):
        self._users = users

    def get(self, username):
        user = self._users.by_username(username)
        if user is None:
            raise DomainError("body", "profile not found")
        return serialize_profile(user)
