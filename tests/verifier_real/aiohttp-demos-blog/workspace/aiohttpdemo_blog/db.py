# excerpt of aio-libs/aiohttp-demos@5362c18e9612:demos/blog/aiohttpdemo_blog/db.py
from datetime import datetime, UTC

from functools import partial

from sqlalchemy import DateTime, ForeignKey, String

from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    mapped_column,
    relationship,
    selectinload,
)

from sqlalchemy.sql import select

from aiohttpdemo_blog.typedefs import config_key, db_key

class Base(DeclarativeBase):
    pass

class Users(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    email: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(128), nullable=False)

    posts: Mapped[list["Posts"]] = relationship(
        back_populates="user", lazy="raise_on_sql"
    )

class Posts(Base):
    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(String(140))
    timestamp: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True,
                                                default=partial(datetime.now, UTC))

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    user: Mapped[Users] = relationship(back_populates="posts", lazy="raise_on_sql")

async def init_db(app):
    dsn = construct_db_url(app[config_key]["database"])
    engine = create_async_engine(dsn)
    app[db_key] = async_sessionmaker(engine)

    yield

    await engine.dispose()

def construct_db_url(config):
    DSN = "postgresql+asyncpg://{user}:{password}@{host}:{port}/{database}"
    return DSN.format(
        user=config["DB_USER"],
        password=config["DB_PASS"],
        database=config["DB_NAME"],
        host=config["DB_HOST"],
        port=config["DB_PORT"],
    )
