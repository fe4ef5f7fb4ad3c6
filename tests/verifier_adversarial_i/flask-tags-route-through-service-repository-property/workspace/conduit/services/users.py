from conduit.models import User
from conduit.repositories.database import SessionLocal
from conduit.repositories.users import UserRepository
from conduit.services import security
from conduit.services.errors import NotFound, Unauthorized, ValidationFailed


def user_json(user: User, token: str | None = None) -> dict:
    return {
        "email": user.email,
        "username": user.username,
        "bio": user.bio or "",
        "image": user.image,
        "token": token or security.issue_token(user.id),
    }


def profile_json(user: User, viewer: User | None) -> dict:
    following = bool(viewer and any(u.id == user.id for u in viewer.following))
    return {"username": user.username, "bio": user.bio or "", "image": user.image, "following": following}


class UserService:
    def __init__(self, session_factory=SessionLocal) -> None:
        self.session_factory = session_factory

    def _repo(self) -> UserRepository:
        return UserRepository(self.session_factory())

    def register(self, data: dict) -> dict:
        for field in ("username", "email", "password"):
            if not isinstance(data.get(field), str) or not data[field].strip():
                raise ValidationFailed("can't be blank", field)
        repo = self._repo()
        if repo.by_email(data["email"]):
            raise ValidationFailed("has already been taken", "email")
        if repo.by_username(data["username"]):
            raise ValidationFailed("has already been taken", "username")
        user = User(email=data["email"], username=data["username"], bio="", image=None,
                    password_hash=security.hash_password(data["password"]))
        return user_json(repo.add(user))

    def login(self, data: dict) -> dict:
        if not data.get("email") or not data.get("password"):
            raise ValidationFailed("can't be blank", "email or password")
        user = self._repo().by_email(data["email"])
        if user is None or not security.check_password(data["password"], user.password_hash):
            raise Unauthorized("is invalid", "email or password")
        return user_json(user)

    def from_token(self, token: str | None) -> User | None:
        if not token:
            return None
        user_id = security.read_token(token)
        if user_id is None:
            raise Unauthorized("token is invalid", "token")
        user = self._repo().get(user_id)
        if user is None:
            raise Unauthorized("token is invalid", "token")
        return user

    def current(self, user: User, token: str) -> dict:
        return user_json(user, token)

    def update(self, user: User, token: str, data: dict) -> dict:
        repo = self._repo()
        user = repo.get(user.id)
        for field in ("email", "username", "bio", "image"):
            if field in data:
                setattr(user, field, data[field])
        if data.get("password"):
            user.password_hash = security.hash_password(data["password"])
        return user_json(repo.save(user), token)

    def profile(self, username: str, viewer: User | None) -> dict:
        user = self._repo().by_username(username)
        if user is None:
            raise NotFound("not found", "profile")
        return profile_json(user, viewer)

    def set_following(self, viewer: User, username: str, follow: bool) -> dict:
        repo = self._repo()
        target = repo.by_username(username)
        if target is None:
            raise NotFound("not found", "profile")
        me = repo.get(viewer.id)
        (repo.follow if follow else repo.unfollow)(me, target)
        return profile_json(target, me)


user_service = UserService()
