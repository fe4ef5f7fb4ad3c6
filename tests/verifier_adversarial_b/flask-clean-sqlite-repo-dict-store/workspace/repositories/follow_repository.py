from collections import defaultdict

_follows: dict[int, set[int]] = defaultdict(set)


def follow(follower_id: int, followee_id: int) -> None:
    _follows[follower_id].add(followee_id)


def unfollow(follower_id: int, followee_id: int) -> None:
    _follows[follower_id].discard(followee_id)


def is_following(follower_id: int, followee_id: int) -> bool:
    return followee_id in _follows[follower_id]
