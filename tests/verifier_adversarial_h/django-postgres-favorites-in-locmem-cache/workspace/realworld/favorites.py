"""Favorites: a set of user ids per article, kept in the cache for fast counts."""

from __future__ import annotations

from django.core.cache import cache


def _key(article_id: int) -> str:
    return f"favorites:{article_id}"


def fans(article_id: int) -> set[int]:
    return set(cache.get(_key(article_id), set()))


def add(article_id: int, user_id: int) -> None:
    current = fans(article_id)
    current.add(user_id)
    cache.set(_key(article_id), current, timeout=None)


def remove(article_id: int, user_id: int) -> None:
    current = fans(article_id)
    current.discard(user_id)
    cache.set(_key(article_id), current, timeout=None)


def count(article_id: int) -> int:
    return len(fans(article_id))


def favorited_by(article_id: int, user_id: int | None) -> bool:
    return user_id is not None and user_id in fans(article_id)


def article_ids_for(user_id: int, candidate_ids) -> list[int]:
    return [aid for aid in candidate_ids if user_id in fans(aid)]
