# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/infrastructure/config/models.py
from dataclasses import dataclass

class AppConfig:
    debug: bool
    major_version: int
    minor_version: int
    patch_version: int

class DatabaseConfig:
    host: str
    port: int
    database: str
    user: str
    password: str
    echo: bool

    # default values
    rdbms: str = "postgresql"
    connector: str = "psycopg"

    @property
    def full_url(self) -> str:
        return "{}+{}://{}:{}@{}:{}/{}".format(
            self.rdbms, self.connector,
            self.user, self.password,
            self.host, self.port, self.database
        )

class Config:
    app_config: AppConfig
    db_config: DatabaseConfig
