"""Profiles and following."""

from __future__ import annotations

from conduit.models.entities import User
from conduit.repositories.users import UserRepository
from conduit.services.errors import NotFound


def profile_json(user: User, following: bool) -> dict:
    return {"username": user.username, "bio": user.bio, "image": user.image, "following": following}


class ProfileService:
    def __init__(self, users: UserRepository) -> None:
        self.users = users

    def _target(self, username: str) -> User:
        target = self.users.get_by_username(username)
        if target is None:
            raise NotFound("profile not found")
        return target

    def get(self, username: str, viewer: User | None) -> dict:
        target = self._target(username)
        following = viewer is not None and self.users.is_following(viewer.id, target.id)
        return profile_json(target, following)

    def follow(self, username: str, viewer: User, follow: bool = True) -> dict:
        target = self._target(username)
        self.users.set_following(viewer.id, target.id, follow)
        return profile_json(target, follow)
