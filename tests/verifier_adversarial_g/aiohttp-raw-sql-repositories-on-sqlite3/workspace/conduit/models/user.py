"""The user entity."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class User:
    username: str
    email: str
    password_hash: str
    bio: str | None = None
    image: str | None = None
    id: int | None = None
