# excerpt of https://github.com/sanjeevkumar12/aiohttp-sqlalchemy@a436b55fa7b7:application/core/views.py
from abc import ABC

from functools import wraps

from aiohttp import web

from .api.http import Response

class APIResourceView(web.View):
    def __init__(self, *args, **kwargs):
        super(APIResourceView, self).__init__(*args, **kwargs)
        for attr in dir(self):
            if callable(getattr(self, attr)) and attr in http_method_funcs:
                setattr(self, attr, json_response(getattr(self, attr)))
