# excerpt of https://github.com/evgeny-finkin/fastapi-sqlalchemy-realworld-example@2ccf6a99f49d:server/services/api/articles.py
from sqlalchemy.orm import Session

from sqlalchemy.ext.asyncio import AsyncSession

from sqlalchemy.future import select

from pydantic import EmailStr

from schemas import UpdatedArticle

from models import aricles

async def get_articles_by_tegs(
        session: AsyncSession,
        limit: int = 20,
        offset: int = 0,
        tag: str = None,
        author: str = None,
        favorited: bool = None):
    print('get articles')

async def get_article(session: AsyncSession, slug: str):
    print('get article')

async def get_articles_by_feed(session: AsyncSession, limit: int = 20, offset: int = 0):
    print('get articles')

async def create_article(session: AsyncSession, username: str):
    print('article created')

async def create_article(session: AsyncSession, slug: str):
    print('article updeted')

async def update_article(session: AsyncSession, slug: str, updated_article: UpdatedArticle):
    print('article upsated')

async def delete_article(session: AsyncSession, slug: str):
    print('article deleted')
