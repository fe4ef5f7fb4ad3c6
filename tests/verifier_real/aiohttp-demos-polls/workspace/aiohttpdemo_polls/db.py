# excerpt of aio-libs/aiohttp-demos@5362c18e9612:demos/polls/aiohttpdemo_polls/db.py
from datetime import date

from sqlalchemy import ForeignKey, String, select

from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from aiohttpdemo_polls.typedefs import config_key, db_key

class Base(DeclarativeBase):
    pass

class Question(Base):
    __tablename__ = "question"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_text: Mapped[str] = mapped_column(String(200), nullable=False)
    pub_date: Mapped[date]

class Choice(Base):
    __tablename__ = "choice"

    id: Mapped[int] = mapped_column(primary_key=True)
    choice_text: Mapped[str] = mapped_column(String(200), nullable=False)
    votes: Mapped[int] = mapped_column(server_default="0", nullable=False)

    question_id: Mapped[int] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE")
    )

class RecordNotFound(Exception):
    """Requested record in database was not found"""

DSN = "postgresql+asyncpg://{user}:{password}@{host}:{port}/{database}"

async def pg_context(app):
    engine = create_async_engine(DSN.format(**app[config_key]["postgres"]))
    app[db_key] = async_sessionmaker(engine)

    yield

    await engine.dispose()
