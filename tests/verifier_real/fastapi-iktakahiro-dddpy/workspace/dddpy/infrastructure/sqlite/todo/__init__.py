# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/infrastructure/sqlite/todo/__init__.py
from __future__ import annotations

from .todo_dto import TodoDTO

from .todo_repository import TodoRepositoryImpl

__all__ = ('TodoDTO', 'TodoRepositoryImpl')
