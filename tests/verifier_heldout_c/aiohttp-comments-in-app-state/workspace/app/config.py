import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str
    secret_key: str
    port: int


def load_settings() -> Settings:
    url = os.environ.get("DATABASE_URL")
    if not url:
        url = "sqlite:///" + os.environ["SQLITE_PATH"]
    return Settings(
        database_url=url,
        secret_key=os.environ.get("JWT_SECRET", "conduit-secret-change-me"),
        port=int(os.environ.get("PORT", "8000")),
    )
