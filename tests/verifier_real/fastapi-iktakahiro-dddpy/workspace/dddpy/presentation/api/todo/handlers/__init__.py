# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/presentation/api/todo/handlers/__init__.py
from __future__ import annotations

from .todo_api_route_handler import TodoApiRouteHandler
