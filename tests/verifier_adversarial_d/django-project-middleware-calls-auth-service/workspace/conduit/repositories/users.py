from conduit.models.user import User

_USERS: dict[int, User] = {}


def by_id(user_id: int) -> User | None:
    return _USERS.get(user_id)
