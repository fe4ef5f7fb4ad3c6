# excerpt of https://github.com/DavidRomanovizc/aiohttp-template@a61a28d8db45:app/responses/response.py
from aiohttp import web
