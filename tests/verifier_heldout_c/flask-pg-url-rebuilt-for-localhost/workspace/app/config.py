import os
from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class Settings:
    database_url: str
    secret_key: str
    port: int


def _pg_url() -> str:
    user = quote(os.environ.get("PGUSER", "postgres"))
    password = quote(os.environ.get("PGPASSWORD", ""))
    name = os.environ.get("PGDATABASE", "conduit")
    port = os.environ.get("PGPORT", "5432")
    return f"postgresql+psycopg://{user}:{password}@localhost:{port}/{name}"


def load_settings() -> Settings:
    return Settings(
        database_url=_pg_url(),
        secret_key=os.environ.get("JWT_SECRET", "conduit-secret-change-me"),
        port=int(os.environ.get("PORT", "8000")),
    )
