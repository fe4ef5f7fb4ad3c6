# excerpt of https://github.com/rrader/aiohttp-boilerplate@1b535fee19bc:rest_utils/__init__.py
