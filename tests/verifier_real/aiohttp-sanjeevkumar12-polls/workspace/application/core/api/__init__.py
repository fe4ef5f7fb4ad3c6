# excerpt of https://github.com/sanjeevkumar12/aiohttp-sqlalchemy@a436b55fa7b7:application/core/api/__init__.py
from .openapi import docs, init_apidocs, marshal_with, use_kwargs
