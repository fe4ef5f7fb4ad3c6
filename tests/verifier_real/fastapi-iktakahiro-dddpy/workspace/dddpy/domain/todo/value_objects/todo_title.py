# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/domain/todo/value_objects/todo_title.py
from dataclasses import dataclass

class TodoTitle:
    """Represent the title for a todo item."""

    value: str

    def __post_init__(self):
        """Validate the provided title string.

        Raises:
            ValueError: If the title is empty or longer than 100 characters.
        """
        if not self.value:
            raise ValueError(TITLE_REQUIRED_ERROR_MESSAGE)
        if len(self.value) > MAX_TITLE_LENGTH:
            raise ValueError(TITLE_TOO_LONG_ERROR_MESSAGE)

    def __str__(self) -> str:
        """Return the wrapped title string."""
        return self.value
