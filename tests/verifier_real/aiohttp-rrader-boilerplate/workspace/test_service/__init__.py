# excerpt of https://github.com/rrader/aiohttp-boilerplate@1b535fee19bc:test_service/__init__.py
