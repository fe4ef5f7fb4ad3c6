"""Settings read once from the environment."""
import os
from pathlib import Path

INSTANCE_DIR = Path(__file__).resolve().parent.parent / "instance"
INSTANCE_DIR.mkdir(exist_ok=True)

# The database file lives in Flask's instance folder unless CONDUIT_DB overrides it.
DATABASE_URL = os.getenv("CONDUIT_DB", f"sqlite:///{INSTANCE_DIR / 'conduit.db'}")
JWT_SECRET = os.getenv("JWT_SECRET", "change-me")
LOGIN_ATTEMPTS = int(os.getenv("LOGIN_ATTEMPTS", "5"))
LOGIN_WINDOW_SECONDS = float(os.getenv("LOGIN_WINDOW_SECONDS", "2"))
