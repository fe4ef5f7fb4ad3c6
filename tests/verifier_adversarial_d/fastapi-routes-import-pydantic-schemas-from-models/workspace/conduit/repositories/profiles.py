from conduit.models.entities import UserRecord


class ProfileRepository:
    def __init__(self) -> None:
        self._users: dict[str, UserRecord] = {}

    def find(self, username: str) -> UserRecord | None:
        return self._users.get(username)

    def save(self, user: UserRecord) -> None:
        self._users[user.username] = user
