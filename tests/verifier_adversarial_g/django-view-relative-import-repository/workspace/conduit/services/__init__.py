"""Use cases of the Conduit API. Nothing in this package knows about HTTP."""

from .articles import ArticleService
from .errors import Forbidden, NotFound, ServiceError, Unauthorized, ValidationFailed
from .users import ProfileService, UserService

__all__ = [
    "ArticleService",
    "ProfileService",
    "UserService",
    "ServiceError",
    "Forbidden",
    "NotFound",
    "Unauthorized",
    "ValidationFailed",
]
