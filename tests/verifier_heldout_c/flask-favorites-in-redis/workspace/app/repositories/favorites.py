import os

import redis

_client = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"), decode_responses=True)


class FavoriteRepository:
    """Favorites are hot and write-heavy, so they live in Redis sets: fav:<article_id> -> user ids."""

    def set(self, user_id: int, article_id: int, on: bool) -> None:
        if on:
            _client.sadd(f"fav:{article_id}", user_id)
        else:
            _client.srem(f"fav:{article_id}", user_id)

    def users_of(self, article_id: int) -> set[int]:
        return {int(x) for x in _client.smembers(f"fav:{article_id}")}
