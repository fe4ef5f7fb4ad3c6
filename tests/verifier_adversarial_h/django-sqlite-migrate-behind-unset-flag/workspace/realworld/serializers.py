from __future__ import annotations

from realworld.auth import make_token


def iso(value) -> str:
    return value.isoformat().replace("+00:00", "Z")


def user_json(user) -> dict:
    return {"email": user.email, "username": user.username, "bio": user.bio, "image": user.image, "token": make_token(user)}


def profile_json(user, viewer) -> dict:
    following = bool(viewer) and viewer.following.filter(pk=user.pk).exists()
    return {"username": user.username, "bio": user.bio, "image": user.image, "following": following}


def article_json(article, viewer) -> dict:
    return {
        "slug": article.slug,
        "title": article.title,
        "description": article.description,
        "body": article.body,
        "tagList": sorted(tag.name for tag in article.tags.all()),
        "createdAt": iso(article.created_at),
        "updatedAt": iso(article.updated_at),
        "favorited": bool(viewer) and article.favorited_by.filter(pk=viewer.pk).exists(),
        "favoritesCount": article.favorited_by.count(),
        "author": profile_json(article.author, viewer),
    }


def comment_json(comment, viewer) -> dict:
    return {
        "id": comment.id,
        "body": comment.body,
        "createdAt": iso(comment.created_at),
        "updatedAt": iso(comment.updated_at),
        "author": profile_json(comment.author, viewer),
    }
