"""Configuration read from the environment."""

from __future__ import annotations

import os


class Config:
    DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///conduit.db")
    JWT_SECRET = os.environ.get("JWT_SECRET", "conduit-dev-secret")
    HOST = os.environ.get("HOST", "0.0.0.0")
    PORT = int(os.environ.get("PORT", "8000"))
    JSON_SORT_KEYS = False
