# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/presentation/api/todo/error_messages/__init__.py
from __future__ import annotations

from .todo_already_completed_error_message import ErrorMessageTodoAlreadyCompleted

from .todo_already_started_error_message import ErrorMessageTodoAlreadyStarted

from .todo_not_found_error_message import ErrorMessageTodoNotFound

from .todo_not_started_error_message import ErrorMessageTodoNotStarted

__all__ = (
    'ErrorMessageTodoAlreadyCompleted',
    'ErrorMessageTodoAlreadyStarted',
    'ErrorMessageTodoNotFound',
    'ErrorMessageTodoNotStarted',
)
