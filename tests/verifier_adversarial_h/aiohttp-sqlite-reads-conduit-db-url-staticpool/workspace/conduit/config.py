"""Runtime configuration."""

from __future__ import annotations

import os

DB_URL = os.environ.get("CONDUIT_DB_URL", "sqlite://")
DB_ECHO = os.environ.get("CONDUIT_DB_ECHO", "0") == "1"
JWT_SECRET = os.environ.get("JWT_SECRET", "conduit-dev-secret")
PORT = int(os.environ.get("PORT", "8000"))
