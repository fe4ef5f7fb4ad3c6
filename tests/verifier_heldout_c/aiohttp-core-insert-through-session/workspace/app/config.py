import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str
    secret_key: str
    port: int


def _sqlalchemy_url(url: str) -> str:
    # psycopg 3 understands the ?host=/socket/dir query as it is
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def load_settings() -> Settings:
    return Settings(
        database_url=_sqlalchemy_url(os.environ["DATABASE_URL"]),
        secret_key=os.environ.get("JWT_SECRET", "conduit-secret-change-me"),
        port=int(os.environ.get("PORT", "8000")),
    )
