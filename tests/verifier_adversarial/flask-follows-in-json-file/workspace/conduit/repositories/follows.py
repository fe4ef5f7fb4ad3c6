"""Who follows whom, persisted as a JSON document next to the app (tiny, read on every profile call)."""
import json
import threading
from pathlib import Path

STORE = Path(__file__).resolve().parent.parent.parent / "data" / "follows.json"
_lock = threading.Lock()


def _load() -> dict[str, list[int]]:
    return json.loads(STORE.read_text()) if STORE.exists() else {}


class FollowRepository:
    def follow(self, follower_id: int, followed_id: int) -> None:
        with _lock:
            data = _load()
            data.setdefault(str(follower_id), [])
            if followed_id not in data[str(follower_id)]:
                data[str(follower_id)].append(followed_id)
            STORE.parent.mkdir(exist_ok=True)
            STORE.write_text(json.dumps(data))

    def is_following(self, follower_id: int, followed_id: int) -> bool:
        return followed_id in _load().get(str(follower_id), [])
