# excerpt of https://github.com/sanjeevkumar12/aiohttp-sqlalchemy@a436b55fa7b7:main.py
from aiohttp import web

from application import create_app
