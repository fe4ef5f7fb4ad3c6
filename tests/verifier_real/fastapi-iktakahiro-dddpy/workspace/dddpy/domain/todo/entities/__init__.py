# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/domain/todo/entities/__init__.py
from __future__ import annotations

from .todo import Todo
