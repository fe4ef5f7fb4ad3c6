import bcrypt

from conduit.repositories.users import UserRepository


class Conflict(Exception):
    def __init__(self, fields: dict[str, list[str]]) -> None:
        super().__init__("taken")
        self.fields = fields


class BadCredentials(Exception):
    pass


class UserService:
    def __init__(self, repository_factory) -> None:
        self.repositories = repository_factory

    async def register(self, username: str, email: str, password: str):
        repo = self.repositories()
        clashes = await repo.exists(username, email)
        taken = {}
        if any(u.username == username for u in clashes):
            taken["username"] = ["has already been taken"]
        if any(u.email == email for u in clashes):
            taken["email"] = ["has already been taken"]
        if taken:
            raise Conflict(taken)
        hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12)).decode()
        return await repo.create(username=username, email=email, password_hash=hashed)

    async def login(self, email: str, password: str):
        user = await self.repositories().find_by_email(email)
        if user is None or not bcrypt.checkpw(password.encode(), user.password_hash.encode()):
            raise BadCredentials()
        return user
