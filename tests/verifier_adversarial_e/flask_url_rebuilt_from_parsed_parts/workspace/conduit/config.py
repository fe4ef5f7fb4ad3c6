import os
from urllib.parse import urlparse, unquote


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "conduit")
    JWT_AUTH_HEADER_PREFIX = "Token"

    @staticmethod
    def database_uri() -> str:
        raw = os.environ.get("DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/conduit")
        p = urlparse(raw)
        user = unquote(p.username or "postgres")
        password = unquote(p.password or "")
        host = p.hostname or "localhost"
        port = p.port or 5432
        name = p.path.lstrip("/") or "conduit"
        return f"postgresql+psycopg2://{user}:{password}@{host}:{port}/{name}"
