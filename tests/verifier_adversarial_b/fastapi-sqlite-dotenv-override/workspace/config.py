import os
from dotenv import load_dotenv

# .env is the single source of truth for configuration
load_dotenv(override=True)

SQLITE_PATH = os.environ.get("SQLITE_PATH", "conduit.db")
JWT_SECRET = os.environ.get("JWT_SECRET", "secret")
