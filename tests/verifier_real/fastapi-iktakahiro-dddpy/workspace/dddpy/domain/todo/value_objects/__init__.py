# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/domain/todo/value_objects/__init__.py
from __future__ import annotations

from .todo_description import TodoDescription

from .todo_id import TodoId

from .todo_status import TodoStatus

from .todo_title import TodoTitle
