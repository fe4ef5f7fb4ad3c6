"""JSON shapes of the API objects: users, profiles, articles and what hangs off them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from conduit.models import (
    Article,
    Comment,  # feature: comments
    User,
)


def iso_timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds, e.g. 2026-01-01T00:00:00.000Z."""
    if moment.tzinfo is None:  # some engines hand back naive values; they were stored as UTC
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def user_json(user: User, token: str) -> dict[str, Any]:
    return {
        "email": user.email,
        "username": user.username,
        "bio": user.bio,
        "image": user.image,
        "token": token,
    }


def profile_json(
    user: User,
    following: bool,  # feature: following
) -> dict[str, Any]:
    return {
        "username": user.username,
        "bio": user.bio,
        "image": user.image,
        "following": following,  # feature: following
    }


def article_json(
    article: Article,
    favorited: bool,  # feature: favorites
    favorites_count: int,  # feature: favorites
    following: bool,  # feature: following
) -> dict[str, Any]:
    return {
        "slug": article.slug,
        "title": article.title,
        "description": article.description,
        "body": article.body,
        "tagList": article.tag_names,  # feature: tags
        "createdAt": iso_timestamp(article.created_at),
        "updatedAt": iso_timestamp(article.updated_at),
        "favorited": favorited,  # feature: favorites
        "favoritesCount": favorites_count,  # feature: favorites
        "author": profile_json(
            article.author,
            following=following,  # feature: following
        ),
    }


# feature: comments
def comment_json(
    comment: Comment,
    following: bool,  # feature: following
) -> dict[str, Any]:
    return {
        "id": comment.id,
        "createdAt": iso_timestamp(comment.created_at),
        "updatedAt": iso_timestamp(comment.updated_at),
        "body": comment.body,
        "author": profile_json(
            comment.author,
            following=following,  # feature: following
        ),
    }


# end feature: comments
