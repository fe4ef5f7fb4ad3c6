from conduit.models import User
from conduit.repositories.users import UserRepository
from conduit.services import security
from conduit.services.errors import Invalid, NotFound, Taken, Unauthorized


class UserService:
    def __init__(self, users: UserRepository, secret: str) -> None:
        self.users = users
        self.secret = secret

    def register(self, username: str, email: str, password: str) -> dict:
        if self.users.by_username(username):
            raise Taken("has already been taken", key="username")
        if self.users.by_email(email):
            raise Taken("has already been taken", key="email")
        user = self.users.add(User(username=username, email=email, password_hash=security.hash_password(password)))
        self.users.commit()
        return self.present(user)

    def login(self, email: str, password: str) -> dict:
        user = self.users.by_email(email)
        if user is None or not security.verify_password(password, user.password_hash):
            raise Unauthorized("email or password is invalid")
        return self.present(user)

    def current(self, user_id: int) -> dict:
        user = self.users.by_id(user_id)
        if user is None:
            raise Unauthorized("token names no user")
        return self.present(user)

    def profile(self, username: str, viewer_id: int | None) -> dict:
        user = self.users.by_username(username)
        if user is None:
            raise NotFound("profile not found")
        following = bool(viewer_id) and self.users.is_following(viewer_id, user.id)
        return {"username": user.username, "bio": user.bio, "image": user.image, "following": following}

    def present(self, user: User) -> dict:
        if not user.email:
            raise Invalid("can't be blank", key="email")
        return {
            "email": user.email,
            "username": user.username,
            "bio": user.bio,
            "image": user.image,
            "token": security.issue_token(user.id, self.secret),
        }
