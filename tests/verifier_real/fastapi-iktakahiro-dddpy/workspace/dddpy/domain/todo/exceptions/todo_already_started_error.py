# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/domain/todo/exceptions/todo_already_started_error.py
class TodoAlreadyStartedError(Exception):
    """Raise when attempting to start a todo already in progress."""

    message = 'The Todo is already started.'

    def __str__(self):
        """Return the default human-readable error message."""
        return TodoAlreadyStartedError.message
