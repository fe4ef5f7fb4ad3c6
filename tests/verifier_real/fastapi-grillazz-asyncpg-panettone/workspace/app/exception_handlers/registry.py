# excerpt of https://github.com/grillazz/fastapi-sqlalchemy-asyncpg@5d0207cb9b53:app/exception_handlers/registry.py
from fastapi import FastAPI

from fastapi.exceptions import ResponseValidationError

from sqlalchemy.exc import SQLAlchemyError

from app.exception_handlers.database import SQLAlchemyExceptionHandler

from app.exception_handlers.validation import ResponseValidationExceptionHandler

def register_exception_handlers(app: FastAPI) -> None:
    """Register all exception handlers with the FastAPI app."""
    app.add_exception_handler(
        SQLAlchemyError, SQLAlchemyExceptionHandler.handle_exception
    )
    app.add_exception_handler(
        ResponseValidationError, ResponseValidationExceptionHandler.handle_exception
    )
