import os
from dataclasses import dataclass

from sqlalchemy.engine import URL


@dataclass(frozen=True)
class Settings:
    database_url: URL
    secret_key: str
    port: int


def load_settings() -> Settings:
    url = URL.create(
        "postgresql+psycopg",
        username=os.environ["PGUSER"],
        password=os.environ.get("PGPASSWORD"),
        host=os.environ["PGHOST"],  # a directory: libpq connects through the unix socket in it
        port=int(os.environ["PGPORT"]) if os.environ.get("PGPORT") else None,
        database=os.environ["PGDATABASE"],
    )
    return Settings(
        database_url=url,
        secret_key=os.environ.get("JWT_SECRET", "conduit-secret-change-me"),
        port=int(os.environ.get("PORT", "8000")),
    )
