# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/presentation/api/todo/error_messages/todo_already_completed_error_message.py
from pydantic import BaseModel, Field

from dddpy.domain.todo.exceptions import TodoAlreadyCompletedError

class ErrorMessageTodoAlreadyCompleted(BaseModel):
    """Represent the already-completed error response payload."""

    detail: str = Field(examples=[TodoAlreadyCompletedError.message])
