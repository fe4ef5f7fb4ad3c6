import os

class Config:
    # Allow an operator override first, then the platform-provided path.
    DB_PATH = os.environ.get("CONDUIT_DB") or os.environ.get("SQLITE_PATH") or "conduit.db"
    SECRET_KEY = os.environ.get("JWT_SECRET", "dev-secret")
