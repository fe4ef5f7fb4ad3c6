# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/presentation/api/todo/schemas/todo_create_schema.py
from pydantic import BaseModel, Field

class TodoCreateSchema(BaseModel):
    """Validate the payload for creating a todo."""

    title: str = Field(min_length=1, max_length=100, examples=['Complete the project'])
    description: str | None = Field(
        default=None,
        max_length=1000,
        examples=['Finish implementing the DDD architecture'],
    )
