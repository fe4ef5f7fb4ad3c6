# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/presentation/api/todo/error_messages/todo_not_started_error_message.py
from pydantic import BaseModel, Field

from dddpy.domain.todo.exceptions import TodoNotStartedError

class ErrorMessageTodoNotStarted(BaseModel):
    """Represent the not-started error response payload."""

    detail: str = Field(examples=[TodoNotStartedError.message])
