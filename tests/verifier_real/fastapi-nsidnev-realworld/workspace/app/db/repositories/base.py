# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/db/repositories/base.py
from asyncpg.connection import Connection

class BaseRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    @property
    def connection(self) -> Connection:
        return self._conn
