# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/domain/todo/exceptions/__init__.py
from __future__ import annotations

from .todo_already_completed_error import TodoAlreadyCompletedError

from .todo_already_started_error import TodoAlreadyStartedError

from .todo_not_found_error import TodoNotFoundError

from .todo_not_started_error import TodoNotStartedError

__all__ = (
    'TodoAlreadyCompletedError',
    'TodoAlreadyStartedError',
    'TodoNotFoundError',
    'TodoNotStartedError',
)
