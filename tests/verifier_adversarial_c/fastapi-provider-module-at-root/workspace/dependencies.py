from functools import lru_cache

from db import SessionLocal
from repositories.users import UserRepository
from services.users import UserService


@lru_cache
def get_user_service() -> UserService:
    return UserService(UserRepository(SessionLocal))
