from collections import defaultdict

_fans: dict[int, set[int]] = defaultdict(set)


def favorite(article_id: int, user_id: int) -> None:
    _fans[article_id].add(user_id)
