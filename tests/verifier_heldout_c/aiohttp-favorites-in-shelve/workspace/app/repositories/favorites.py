import shelve
from pathlib import Path

STORE = Path(__file__).resolve().parents[2] / "var" / "favorites"


class FavoriteRepository:
    def set(self, user_id: int, article_id: int, on: bool) -> None:
        STORE.parent.mkdir(parents=True, exist_ok=True)
        with shelve.open(str(STORE)) as db:
            users = set(db.get(str(article_id), set()))
            users.add(user_id) if on else users.discard(user_id)
            db[str(article_id)] = users

    def users_of(self, article_id: int) -> set[int]:
        STORE.parent.mkdir(parents=True, exist_ok=True)
        with shelve.open(str(STORE)) as db:
            return set(db.get(str(article_id), set()))
