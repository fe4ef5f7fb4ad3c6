# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/db/queries/queries.py
import pathlib

import aiosql

queries = aiosql.from_path(pathlib.Path(__file__).parent / "sql", "asyncpg")
