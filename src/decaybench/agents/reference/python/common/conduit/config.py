"""Settings read from the environment the evaluator provides."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_JWT_SECRET = "conduit-development-secret-change-me"


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    jwt_secret: str


def load_settings() -> Settings:
    return Settings(
        host=os.environ.get("HOST", "0.0.0.0"),
        port=int(os.environ.get("PORT", "8080")),
        jwt_secret=os.environ.get("JWT_SECRET") or DEFAULT_JWT_SECRET,
    )
