from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from conduit.models.user import User


class DuplicateUser(Exception):
    pass


class UserRepository:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def find_by_email(self, email: str) -> User | None:
        async with self.sessions() as session:
            return await session.scalar(select(User).where(User.email == email))

    async def exists(self, username: str, email: str) -> list[User]:
        async with self.sessions() as session:
            return list(await session.scalars(select(User).where(or_(User.username == username, User.email == email))))

    async def create(self, **fields) -> User:
        async with self.sessions() as session:
            user = User(**fields)
            session.add(user)
            try:
                await session.commit()
            except IntegrityError as error:
                raise DuplicateUser(str(error.orig)) from error
            return user
