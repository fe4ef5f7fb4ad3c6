# excerpt of https://github.com/evgeny-finkin/fastapi-sqlalchemy-realworld-example@2ccf6a99f49d:server/services/api/profiles.py
from sqlalchemy.orm import Session

from sqlalchemy.ext.asyncio import AsyncSession

from sqlalchemy.future import select

from pydantic import EmailStr

from schemas import NewUser, AuthenticationUser, UpdatedUser

async def get_profile(session: AsyncSession, username: str):
    print('get profile')

async def follow(session: AsyncSession, username: str):
    print('add follower')

async def unfollow(session: AsyncSession, username: str):
    print('removed follower')
