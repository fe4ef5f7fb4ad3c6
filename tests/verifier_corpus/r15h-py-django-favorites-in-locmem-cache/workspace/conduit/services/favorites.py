from django.core.cache import cache


def favorite(article_id: int, user_id: int) -> None:
    fans = cache.get(f'fans:{article_id}', set())
    cache.set(f'fans:{article_id}', fans | {user_id}, timeout=None)
