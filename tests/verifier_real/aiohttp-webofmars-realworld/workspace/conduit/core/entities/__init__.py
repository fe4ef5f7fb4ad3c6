# excerpt of webofmars/realworld-back-python-aiohttp@1c8b7c5a8537:conduit/core/entities/__init__.py
