from django.core.cache import cache


def _key(article_id):
    return f"fav:{article_id}"


def add(article_id, user_id):
    fans = cache.get(_key(article_id), set())
    fans.add(user_id)
    cache.set(_key(article_id), fans, timeout=None)


def remove(article_id, user_id):
    fans = cache.get(_key(article_id), set())
    fans.discard(user_id)
    cache.set(_key(article_id), fans, timeout=None)


def summary(article_id, user_id):
    fans = cache.get(_key(article_id), set())
    return {"favorited": user_id in fans, "favoritesCount": len(fans)}
