# excerpt of aalhour/cookiecutter-aiohttp-sqlalchemy@8a9bb3ec47c6:examples/example_web_app/example_web_app/core/logger.py
import logging

import sys

from typing import Any

import structlog

from example_web_app import APP_NAME

from example_web_app.core.config import logging_option

def bind_context(**kwargs: Any) -> None:
    """
    Bind context variables that will be included in all subsequent log messages.

    Useful for adding request-scoped data like request_id, user_id, etc.

    Args:
        **kwargs: Key-value pairs to bind to the logging context.

    Example:
        bind_context(request_id="abc-123", user_id=456)
        logger.info("processing_request")  # Includes request_id and user_id
    """
    structlog.contextvars.bind_contextvars(**kwargs)

def clear_context() -> None:
    """
    Clear all bound context variables.

    Should be called at the end of a request or unit of work.
    """
    structlog.contextvars.clear_contextvars()
