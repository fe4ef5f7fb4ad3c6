# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/presentation/api/todo/error_messages/todo_not_found_error_message.py
from pydantic import BaseModel, Field

from dddpy.domain.todo.exceptions import TodoNotFoundError

class ErrorMessageTodoNotFound(BaseModel):
    """Represent the not-found error response payload."""

    detail: str = Field(examples=[TodoNotFoundError.message])
