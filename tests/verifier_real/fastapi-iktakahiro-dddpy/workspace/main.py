# excerpt of iktakahiro/dddpy@f9a2cfe542b7:main.py
import logging

from contextlib import asynccontextmanager

from logging import config

from fastapi import FastAPI

from dddpy.infrastructure.sqlite.database import create_tables, engine

from dddpy.presentation.api.todo.handlers.todo_api_route_handler import (
    TodoApiRouteHandler,
)
