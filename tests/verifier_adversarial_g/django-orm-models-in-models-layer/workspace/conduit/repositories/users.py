"""Reads and writes of users and of the follow relation."""

from __future__ import annotations

from conduit.models.user import User

Follow = User.following.through


class UserRepository:
    def get_by_id(self, user_id: int) -> User | None:
        return User.objects.filter(pk=user_id).first()

    def get_by_email(self, email: str) -> User | None:
        return User.objects.filter(email=email).first()

    def get_by_username(self, username: str) -> User | None:
        return User.objects.filter(username=username).first()

    def is_taken(self, *, email: str | None = None, username: str | None = None, except_id: int | None = None) -> bool:
        query = User.objects.all()
        if email is not None:
            query = query.filter(email=email)
        if username is not None:
            query = query.filter(username=username)
        if except_id is not None:
            query = query.exclude(pk=except_id)
        return query.exists()

    def add(self, user: User) -> User:
        user.save(force_insert=True)
        return user

    def save(self, user: User) -> User:
        user.save()
        return user

    def is_following(self, follower_id: int, followed_id: int) -> bool:
        return Follow.objects.filter(from_user_id=follower_id, to_user_id=followed_id).exists()

    def follow(self, follower_id: int, followed_id: int) -> None:
        Follow.objects.get_or_create(from_user_id=follower_id, to_user_id=followed_id)

    def unfollow(self, follower_id: int, followed_id: int) -> None:
        Follow.objects.filter(from_user_id=follower_id, to_user_id=followed_id).delete()
