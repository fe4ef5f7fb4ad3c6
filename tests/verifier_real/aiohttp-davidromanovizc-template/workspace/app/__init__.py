# excerpt of https://github.com/DavidRomanovizc/aiohttp-template@a61a28d8db45:app/__init__.py
from . import server

from . import routes

from . import settings

from . import utils
