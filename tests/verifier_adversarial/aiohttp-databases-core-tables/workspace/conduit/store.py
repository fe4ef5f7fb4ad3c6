"""Async access with `databases`: SQLAlchemy expressions, no SQL strings."""
import os

import sqlalchemy as sa
from databases import Database

from conduit.tables import metadata, tags, users

database = Database(os.environ["DATABASE_URL"])


async def create_schema() -> None:
    engine = sa.create_engine(os.environ["DATABASE_URL"].replace("postgresql://", "postgresql+psycopg://", 1))
    metadata.create_all(engine)
    engine.dispose()


async def user_by_username(username: str):
    return await database.fetch_one(users.select().where(users.c.username == username))


async def insert_user(**values) -> int:
    return await database.execute(users.insert().values(**values))


async def all_tags() -> list[str]:
    return [row["name"] for row in await database.fetch_all(sa.select(tags.c.name).order_by(tags.c.name))]
