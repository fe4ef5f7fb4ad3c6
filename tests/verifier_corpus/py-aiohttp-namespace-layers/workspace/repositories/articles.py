import os
from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from entities.article import Article

engine = create_async_engine(os.environ['DATABASE_URL'].replace('sqlite://', 'sqlite+aiosqlite://'))
Session = async_sessionmaker(engine)


async def find_by_slug(slug):
    async with Session() as session:
        return (await session.scalars(select(Article).where(Article.slug == slug))).first()
