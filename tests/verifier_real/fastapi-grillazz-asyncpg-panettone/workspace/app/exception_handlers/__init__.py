# excerpt of https://github.com/grillazz/fastapi-sqlalchemy-asyncpg@5d0207cb9b53:app/exception_handlers/__init__.py
from app.exception_handlers.registry import register_exception_handlers
