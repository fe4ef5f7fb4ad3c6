# excerpt of https://github.com/rrader/aiohttp-boilerplate@1b535fee19bc:test_service/resources.py
import asyncio

import trafaret as t

from rest_utils.resource import ModelResource

from test_service.models import Test

class TestResource(ModelResource):
    model = Test
    trafaret_in = t.Dict(text=t.String(256))
    trafaret_out = t.Dict(text=t.String(), id=t.Int())

    def get_path(self):
        return r'/test'
