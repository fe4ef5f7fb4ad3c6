import bcrypt
from starlette.concurrency import run_in_threadpool

from app.models.user import StoredUser
from app.repositories import users


async def register(email: str, username: str, password: str) -> StoredUser:
    hashed = await run_in_threadpool(bcrypt.hashpw, password.encode(), bcrypt.gensalt(12))
    return await users.add(StoredUser(id=len(email), email=email, username=username, password_hash=hashed))


async def login(email: str, password: str) -> StoredUser | None:
    user = await users.by_email(email)
    if user and await run_in_threadpool(bcrypt.checkpw, password.encode(), user.password_hash):
        return user
    return None
