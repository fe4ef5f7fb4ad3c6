# excerpt of https://github.com/sanjeevkumar12/aiohttp-sqlalchemy@a436b55fa7b7:application/extensions/api.py
from aiohttp import web

from polls import urls
