"""Profiles of users, as other users see them."""

from __future__ import annotations

from typing import Any

from conduit.models import User
from conduit.repositories import Database, UnitOfWork
from conduit.services.errors import (
    NotFound,
    Unauthorized,  # feature: following
)
from conduit.services.presenters import profile_json
from conduit.services.retry import retry_on_conflict  # feature: following


class ProfileService:
    def __init__(self, database: Database) -> None:
        self.database = database

    @staticmethod
    def _profile_user(uow: UnitOfWork, username: str) -> User:
        user = uow.users.by_username(username)
        if user is None:
            raise NotFound(f"profile {username!r} not found")
        return user

    def get(self, viewer_id: int | None, username: str) -> dict[str, Any]:
        with self.database.unit_of_work() as uow:
            user = self._profile_user(uow, username)
            following = viewer_id is not None and uow.follows.is_following(viewer_id, user.id)  # feature: following
            return {
                "profile": profile_json(
                    user,
                    following=following,  # feature: following
                )
            }

    # feature: following

    @retry_on_conflict
    def follow(self, viewer_id: int | None, username: str) -> dict[str, Any]:
        if viewer_id is None:
            raise Unauthorized()
        with self.database.unit_of_work() as uow:
            user = self._profile_user(uow, username)
            uow.follows.follow(viewer_id, user.id)
            uow.commit()
            return {"profile": profile_json(user, following=True)}

    @retry_on_conflict
    def unfollow(self, viewer_id: int | None, username: str) -> dict[str, Any]:
        if viewer_id is None:
            raise Unauthorized()
        with self.database.unit_of_work() as uow:
            user = self._profile_user(uow, username)
            uow.follows.unfollow(viewer_id, user.id)
            uow.commit()
            return {"profile": profile_json(user, following=False)}

    # end feature: following
