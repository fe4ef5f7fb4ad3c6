import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Settings:
    database_url: str
    secret_key: str
    port: int


def load_settings() -> Settings:
    # keep the database next to the project so it survives container rebuilds
    DATA_DIR.mkdir(exist_ok=True)
    filename = Path(os.environ.get("SQLITE_PATH", "conduit.sqlite3")).name
    return Settings(
        database_url=f"sqlite:///{DATA_DIR / filename}",
        secret_key=os.environ.get("JWT_SECRET", "conduit-secret-change-me"),
        port=int(os.environ.get("PORT", "8000")),
    )
