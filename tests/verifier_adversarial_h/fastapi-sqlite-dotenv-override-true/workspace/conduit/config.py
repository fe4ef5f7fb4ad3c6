"""Load configuration, with .env values applied for a reproducible local setup."""

from __future__ import annotations

import os
from pathlib import Path

from dotenv import load_dotenv

BASE_DIR = Path(__file__).resolve().parent.parent
load_dotenv(BASE_DIR / ".env", override=True)

SQLITE_PATH = Path(os.environ.get("SQLITE_PATH", "conduit.db"))
if not SQLITE_PATH.is_absolute():
    SQLITE_PATH = BASE_DIR / SQLITE_PATH
JWT_SECRET = os.environ.get("JWT_SECRET", "conduit-dev-secret")
PORT = int(os.environ.get("PORT", "8000"))
