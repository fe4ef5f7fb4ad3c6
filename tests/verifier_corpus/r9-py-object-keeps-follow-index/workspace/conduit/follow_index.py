from collections import defaultdict


class FollowIndex:
    def __init__(self):
        self._by_user = defaultdict(set)

    def follow(self, follower: int, followee: int) -> None:
        self._by_user[follower].add(followee)
