from services.dto import ProfileDTO
from services.errors import DomainError


class NotFound(DomainError):
    status_hint = "not_found"


class ProfileService:
    def __init__(self, users):
        self._users = users

    def get(self, username):
        user = self._users.by_username(username)
        if user is None:
            raise NotFound("body", "profile not found")
        return ProfileDTO(user.username, user.bio, user.image)
