from ..models import User
from ..repositories.profile_repository import ProfileRepository
from .errors import NotFound


class ProfileService:
    def __init__(self, profiles: ProfileRepository) -> None:
        self.profiles = profiles

    def _target(self, username: str) -> User:
        user = self.profiles.by_username(username)
        if user is None:
            raise NotFound("profile not found")
        return user

    def profile(self, username: str, viewer: User | None) -> dict:
        user = self._target(username)
        following = bool(viewer and self.profiles.is_following(viewer.id, user.id))
        return {"username": user.username, "bio": user.bio, "image": user.image, "following": following}

    def follow(self, viewer: User, username: str) -> dict:
        self.profiles.follow(viewer.id, self._target(username).id)
        return self.profile(username, viewer)

    def unfollow(self, viewer: User, username: str) -> dict:
        self.profiles.unfollow(viewer.id, self._target(username).id)
        return self.profile(username, viewer)
