# excerpt of aio-libs/aiohttp-demos@5362c18e9612:demos/blog/aiohttpdemo_blog/main.py
import logging

import pathlib

import aiohttp_jinja2

import jinja2

from aiohttp import web

from aiohttp_security import SessionIdentityPolicy

from aiohttp_security import authorized_userid

from aiohttp_security import setup as setup_security

from aiohttp_session import setup as setup_session

from aiohttp_session.redis_storage import RedisStorage

from redis import asyncio as aioredis

from aiohttpdemo_blog.csrf import csrf_ctx_processor, csrf_middleware

from aiohttpdemo_blog.db_auth import DBAuthorizationPolicy

from aiohttpdemo_blog.db import init_db

from aiohttpdemo_blog.routes import setup_routes

from aiohttpdemo_blog.settings import load_config, PACKAGE_NAME

from aiohttpdemo_blog.typedefs import config_key

async def init_app(config):

    app = web.Application()

    app[config_key] = config

    setup_routes(app)
    app.router.add_static('/static/', STATIC_DIR, name='static')

    app.cleanup_ctx.append(init_db)

    redis = await setup_redis(app)
    app.on_shutdown.append(lambda _: redis.aclose())
    # samesite='Strict' keeps the session cookie off every cross-site
    # request; httponly is the storage default but pinned here so the
    # value is visible at the call site.
    setup_session(
        app,
        RedisStorage(redis, httponly=True, samesite='Strict'),
    )
    # csrf_middleware uses get_session, so it must come after setup_session
    app.middlewares.append(csrf_middleware)

    # needs to be after session setup because of the ctx processors
    aiohttp_jinja2.setup(
        app,
        loader=jinja2.PackageLoader(PACKAGE_NAME),
        context_processors=[current_user_ctx_processor, csrf_ctx_processor],
    )

    setup_security(
        app,
        SessionIdentityPolicy(),
        DBAuthorizationPolicy(app)
    )

    log.debug(app[config_key])

    return app

async def get_app():
    """Used by aiohttp-devtools for local development."""
    import argparse
    import aiohttp_debugtoolbar
    parser = argparse.ArgumentParser()
    parser.add_argument("-c", "--config", help="Provide path to config file")
    args = parser.parse_args()

    app = await init_app(args.config)
    aiohttp_debugtoolbar.setup(app)
    return app

if __name__ == '__main__':
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("-c", "--config", help="Provide path to config file")
    args = parser.parse_args()

    if args.config:
        main(args.config)
    else:
        parser.print_help()
