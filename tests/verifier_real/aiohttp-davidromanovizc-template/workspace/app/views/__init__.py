# excerpt of https://github.com/DavidRomanovizc/aiohttp-template@a61a28d8db45:app/views/__init__.py
from . import frontend
