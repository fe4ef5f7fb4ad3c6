from collections import defaultdict

class FavoriteIndex:
    """Favourites are read on every article render; keep them next to the process
    instead of hitting the database (hot path, avoid write amplification)."""

    def __init__(self):
        self._by_article = defaultdict(set)

    def add(self, article_id: int, user_id: int) -> None:
        self._by_article[article_id].add(user_id)

    def remove(self, article_id: int, user_id: int) -> None:
        self._by_article[article_id].discard(user_id)

    def count(self, article_id: int) -> int:
        return len(self._by_article[article_id])

    def favorited(self, article_id: int, user_id: int | None) -> bool:
        return user_id is not None and user_id in self._by_article[article_id]
