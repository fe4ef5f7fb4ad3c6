from pathlib import Path
from pydantic import field_validator
from pydantic_settings import BaseSettings

class Settings(BaseSettings):
    sqlite_path: Path = Path("data/conduit.sqlite3")
    jwt_secret: str = "dev"

    @field_validator("sqlite_path")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @property
    def sqlalchemy_url(self) -> str:
        return f"sqlite:///{self.sqlite_path}"

settings = Settings()
