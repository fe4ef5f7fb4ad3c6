# excerpt of https://github.com/rrader/aiohttp-boilerplate@1b535fee19bc:manage.py
import logging

from aio_manager import Manager

from aio_manager.commands.ext import sqlalchemy

from test_service import settings

from test_service.app import build_application

from test_service.models import Base

sqlalchemy.configure_manager(manager, app, Base,
                             settings.DATABASE_USERNAME,
                             settings.DATABASE_NAME,
                             settings.DATABASE_HOST,
                             settings.DATABASE_PASSWORD)
