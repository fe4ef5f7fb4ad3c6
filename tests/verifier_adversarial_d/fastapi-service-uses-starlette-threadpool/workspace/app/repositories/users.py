from app.models.user import StoredUser

_USERS: dict[str, StoredUser] = {}


async def by_email(email: str) -> StoredUser | None:
    return _USERS.get(email)


async def add(user: StoredUser) -> StoredUser:
    _USERS[user.email] = user
    return user
