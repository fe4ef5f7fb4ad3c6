# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/auth/domain/events.py
from dataclasses import dataclass

class UserLoggedInEvent:
    """Domain Event: Fired when a user successfully logs in."""

    user_uuid: str
    email: str

class UserRefreshedTokenEvent:
    """Domain Event: Fired when a user rotates their refresh token."""

    user_uuid: str
    old_jti: str
    new_jti: str

class UserLoggedOutEvent:
    """Domain Event: Fired when a user explicitly revokes their tokens.

    The ``jti`` field holds the refresh token's JTI. ``access_jti`` is
    the access token's JTI if an access token was provided during logout,
    otherwise ``None``.
    """

    user_uuid: str
    jti: str
    access_jti: str | None = None
