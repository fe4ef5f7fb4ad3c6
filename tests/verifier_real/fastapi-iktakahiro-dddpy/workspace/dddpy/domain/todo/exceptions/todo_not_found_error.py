# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/domain/todo/exceptions/todo_not_found_error.py
class TodoNotFoundError(Exception):
    """Raise when a requested todo entity cannot be located."""

    message = 'The Todo you specified does not exist.'

    def __str__(self):
        """Return the default human-readable error message."""
        return TodoNotFoundError.message
