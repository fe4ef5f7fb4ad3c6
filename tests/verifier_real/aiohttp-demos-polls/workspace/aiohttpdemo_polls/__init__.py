# excerpt of aio-libs/aiohttp-demos@5362c18e9612:demos/polls/aiohttpdemo_polls/__init__.py
