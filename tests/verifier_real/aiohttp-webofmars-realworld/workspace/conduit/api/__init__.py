# excerpt of webofmars/realworld-back-python-aiohttp@1c8b7c5a8537:conduit/api/__init__.py
