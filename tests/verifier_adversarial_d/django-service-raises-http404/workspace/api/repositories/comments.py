from datetime import datetime, timezone

from api.models.comment import Comment

_ARTICLES: set[str] = set()
_COMMENTS: list[Comment] = []


def article_exists(slug: str) -> bool:
    return slug in _ARTICLES


def list_for(slug: str) -> list[Comment]:
    return sorted((c for c in _COMMENTS if c.article_slug == slug), key=lambda c: c.created_at, reverse=True)


def add(slug: str, author: str, body: str) -> Comment:
    comment = Comment(len(_COMMENTS) + 1, slug, author, body, datetime.now(timezone.utc))
    _COMMENTS.append(comment)
    return comment
