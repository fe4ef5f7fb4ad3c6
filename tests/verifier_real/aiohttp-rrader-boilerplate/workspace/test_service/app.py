# excerpt of https://github.com/rrader/aiohttp-boilerplate@1b535fee19bc:test_service/app.py
import asyncio

from aiohttp.web import Application

from test_service import models, resources
