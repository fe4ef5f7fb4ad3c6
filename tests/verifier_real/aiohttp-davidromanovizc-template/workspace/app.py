# excerpt of https://github.com/DavidRomanovizc/aiohttp-template@a61a28d8db45:app.py
from app.settings import load_config, args, project_settings

from app.server import create_app

from aiohttp import web
