"""Turn rows into the Conduit JSON shapes."""

from __future__ import annotations

from flask import g

from conduit import store


def viewer_id():
    user = getattr(g, "user", None)
    return user["id"] if user else None


def user_json(user, token: str) -> dict:
    return {"email": user["email"], "username": user["username"], "bio": user["bio"], "image": user["image"],
            "token": token}


def profile_json(user) -> dict:
    return {"username": user["username"], "bio": user["bio"], "image": user["image"],
            "following": store.is_following(viewer_id(), user["id"])}


def article_json(article) -> dict:
    return {
        "slug": article["slug"],
        "title": article["title"],
        "description": article["description"],
        "body": article["body"],
        "tagList": store.tags_of(article["id"]),
        "createdAt": str(article["created_at"]),
        "updatedAt": str(article["updated_at"]),
        "favorited": store.is_favorited(article["id"], viewer_id()),
        "favoritesCount": store.favorites_count(article["id"]),
        "author": profile_json(store.user_by_id(article["author_id"])),
    }


def comment_json(comment) -> dict:
    return {"id": comment["id"], "createdAt": str(comment["created_at"]), "updatedAt": str(comment["updated_at"]),
            "body": comment["body"], "author": profile_json(store.user_by_id(comment["author_id"]))}
