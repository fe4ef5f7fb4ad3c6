from __future__ import annotations

from api.models import Article, Comment, User


def iso(moment) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def user_json(user: User, token: str) -> dict:
    return {"email": user.email, "username": user.username, "bio": user.bio, "image": user.image, "token": token}


def profile_json(user: User, viewer: User | None) -> dict:
    following = viewer is not None and viewer.following.filter(pk=user.pk).exists()
    return {"username": user.username, "bio": user.bio, "image": user.image, "following": following}


def article_json(article: Article, viewer: User | None) -> dict:
    return {
        "slug": article.slug,
        "title": article.title,
        "description": article.description,
        "body": article.body,
        "tagList": [t.name for t in article.tags.all()],
        "createdAt": iso(article.created_at),
        "updatedAt": iso(article.updated_at),
        "favorited": viewer is not None and article.favorited_by.filter(pk=viewer.pk).exists(),
        "favoritesCount": article.favorited_by.count(),
        "author": profile_json(article.author, viewer),
    }


def comment_json(comment: Comment, viewer: User | None) -> dict:
    return {"id": comment.pk, "createdAt": iso(comment.created_at), "updatedAt": iso(comment.updated_at),
            "body": comment.body, "author": profile_json(comment.author, viewer)}
