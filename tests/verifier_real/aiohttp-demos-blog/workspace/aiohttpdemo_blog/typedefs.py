# excerpt of aio-libs/aiohttp-demos@5362c18e9612:demos/blog/aiohttpdemo_blog/typedefs.py
from typing import Any

from aiohttp import web

from sqlalchemy.ext.asyncio import async_sessionmaker

db_key = web.AppKey("db_key", async_sessionmaker)
