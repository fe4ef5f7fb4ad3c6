# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/presentation/api/todo/error_messages/todo_already_started_error_message.py
from pydantic import BaseModel, Field

from dddpy.domain.todo.exceptions import TodoAlreadyStartedError

class ErrorMessageTodoAlreadyStarted(BaseModel):
    """Represent the already-started error response payload."""

    detail: str = Field(examples=[TodoAlreadyStartedError.message])
