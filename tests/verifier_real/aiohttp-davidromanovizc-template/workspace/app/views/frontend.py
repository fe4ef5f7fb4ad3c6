# excerpt of https://github.com/DavidRomanovizc/aiohttp-template@a61a28d8db45:app/views/frontend.py
import aiohttp_jinja2

from loguru import logger

from sqlalchemy import select

from aiohttp import web

from app.database import database

async def post(request):
    try:
        async with request.app['db'].acquire() as conn:
            result = await conn.execute(select([database.template.c.id, database.template.c.title]))

        return web.Response(body=result)
    except Exception as err:
        logger.error(f"Failed to open database - {err}")

async def ping(request):
    try:
        return web.Response(text="pong")
    except Exception as err:
        logger.error(f"Something error - {err}")
