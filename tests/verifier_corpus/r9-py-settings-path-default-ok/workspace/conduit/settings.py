from pathlib import Path

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    sqlite_path: Path = Path('var/notes.sqlite3')

    @property
    def db_url(self) -> str:
        return f'sqlite:///{self.sqlite_path}'


settings = Settings()
