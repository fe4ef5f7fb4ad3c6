from app.models.user import User


class InMemoryUserRepository:
    def __init__(self) -> None:
        self._by_id: dict[int, User] = {}

    def add(self, user: User) -> User:
        self._by_id[user.id] = user
        return user

    def by_email(self, email: str) -> User | None:
        return next((u for u in self._by_id.values() if u.email == email), None)
