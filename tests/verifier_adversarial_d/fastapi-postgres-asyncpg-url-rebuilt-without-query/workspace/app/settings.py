import os
from urllib.parse import urlparse


def async_database_url() -> str:
    # asyncpg chokes on libpq-style query parameters (sslmode=...), so rebuild a clean URL
    parts = urlparse(os.environ["DATABASE_URL"])
    host = parts.hostname or "localhost"
    port = parts.port or 5432
    return f"postgresql+asyncpg://{parts.username}:{parts.password}@{host}:{port}{parts.path}"
