from app.repositories.users import UserRepository


class ProfileService:
    def __init__(self, users: UserRepository):
        self.users = users

    def follow(self, me: int, username: str) -> dict:
        user = self.users.by_username(username)
        return {"username": user.username, "bio": user.bio, "image": user.image, "following": True}
