# excerpt of https://github.com/grillazz/fastapi-sqlalchemy-asyncpg@5d0207cb9b53:app/redis.py
import redis.asyncio as redis

from app.config import settings as global_settings
