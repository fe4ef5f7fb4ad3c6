# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/domain/todo/exceptions/todo_not_started_error.py
class TodoNotStartedError(Exception):
    """Raise when acting on a todo that has not been started."""

    message = 'The Todo is not started.'

    def __str__(self):
        """Return the default human-readable error message."""
        return TodoNotStartedError.message
