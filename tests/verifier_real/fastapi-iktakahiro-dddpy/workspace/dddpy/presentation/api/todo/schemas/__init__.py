# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/presentation/api/todo/schemas/__init__.py
from __future__ import annotations

from .todo_create_schema import TodoCreateSchema

from .todo_schema import TodoSchema

from .todo_update_schema import TodoUpdateSchema
