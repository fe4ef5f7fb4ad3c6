import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    database_url: str
    secret_key: str
    port: int


def load_settings() -> Settings:
    values = {"DATABASE_URI": os.environ.get("DATABASE_URL") or "sqlite:///" + os.environ.get("SQLITE_PATH", "")}
    settings_file = ROOT / "settings.toml"
    if settings_file.exists():
        with settings_file.open("rb") as fh:
            values.update(tomllib.load(fh))
    return Settings(
        database_url=values["DATABASE_URI"],
        secret_key=os.environ.get("JWT_SECRET", "conduit-secret-change-me"),
        port=int(os.environ.get("PORT", "8000")),
    )
