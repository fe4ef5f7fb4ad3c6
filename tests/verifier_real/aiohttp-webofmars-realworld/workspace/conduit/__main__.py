# excerpt of webofmars/realworld-back-python-aiohttp@1c8b7c5a8537:conduit/__main__.py
import typing as t

import structlog

from aiohttp import web

from structlog.typing import EventDict

from conduit.api.middlewares import REQUEST_ID_VAR

from conduit.config import settings

from conduit.container import create_app
