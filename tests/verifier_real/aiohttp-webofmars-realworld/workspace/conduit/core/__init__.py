# excerpt of webofmars/realworld-back-python-aiohttp@1c8b7c5a8537:conduit/core/__init__.py
