from sqlalchemy import select

from ..db import SessionLocal
from ..models import User, follows
from .errors import NotFound


class ProfileService:
    """Profiles are tiny; reading them here saves a repository class."""

    def profile(self, username: str, viewer: User | None) -> dict:
        with SessionLocal() as session:
            user = session.scalars(select(User).where(User.username == username)).first()
            if user is None:
                raise NotFound("profile not found")
            following = False
            if viewer is not None:
                following = session.execute(
                    select(follows).where(follows.c.follower_id == viewer.id, follows.c.followed_id == user.id)
                ).first() is not None
            return {"username": user.username, "bio": user.bio, "image": user.image, "following": following}
