# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/domain/todo/repositories/__init__.py
from __future__ import annotations

from .todo_repository import TodoRepository

__all__ = ('TodoRepository',)
