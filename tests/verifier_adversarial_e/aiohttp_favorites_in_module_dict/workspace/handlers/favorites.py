from collections import defaultdict

# article_id -> set of user ids who favorited it
FAVORITES: dict[int, set[int]] = defaultdict(set)


def favorite(article_id: int, user_id: int) -> None:
    FAVORITES[article_id].add(user_id)


def unfavorite(article_id: int, user_id: int) -> None:
    FAVORITES[article_id].discard(user_id)


def count(article_id: int) -> int:
    return len(FAVORITES.get(article_id, ()))


def is_favorited(article_id: int, user_id: int | None) -> bool:
    return user_id is not None and user_id in FAVORITES.get(article_id, ())
