from functools import lru_cache
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    sqlite_path: str
    secret_key: str = "change-me"
    port: int = 8000

    @property
    def sqlalchemy_uri(self) -> str:
        # sqlite:/// + "/abs/path" -> sqlite:////abs/path
        return f"sqlite:///{self.sqlite_path}"


@lru_cache
def get_settings() -> Settings:
    return Settings()
