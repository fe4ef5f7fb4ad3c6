# excerpt of webofmars/realworld-back-python-aiohttp@1c8b7c5a8537:conduit/core/use_cases/__init__.py
from conduit.core.use_cases.base import UseCase
