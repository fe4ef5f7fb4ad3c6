# excerpt of https://github.com/evgeny-finkin/fastapi-sqlalchemy-realworld-example@2ccf6a99f49d:server/services/api/tags.py
from sqlalchemy.orm import Session

from sqlalchemy.ext.asyncio import AsyncSession

from sqlalchemy.future import select

from pydantic import EmailStr

from schemas import UpdatedArticle

from models import aricles

async def get_tags(session: AsyncSession):
    print('tages returnd')
