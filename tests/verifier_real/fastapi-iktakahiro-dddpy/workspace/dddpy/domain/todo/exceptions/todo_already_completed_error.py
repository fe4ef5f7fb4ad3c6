# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/domain/todo/exceptions/todo_already_completed_error.py
class TodoAlreadyCompletedError(Exception):
    """Raise when completing a todo that is already completed."""

    message = 'The Todo is already completed.'

    def __str__(self):
        """Return the default human-readable error message."""
        return TodoAlreadyCompletedError.message
