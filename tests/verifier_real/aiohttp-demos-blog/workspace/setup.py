# excerpt of aio-libs/aiohttp-demos@5362c18e9612:demos/blog/setup.py
from setuptools import setup

install_requires = (
    'aiohttp',
    'aiohttp-jinja2',
    'bcrypt',
    'pytoml',
    'aiohttp_security[session]',
    'redis>=4.2',
    'sqlalchemy',
    'asyncpg',
    'asyncpgsa',
)
