"""Use cases of the Conduit API. Nothing in this package knows about HTTP."""

from conduit.services.articles import ArticleService
from conduit.services.errors import Forbidden, NotFound, ServiceError, Unauthorized, ValidationFailed
from conduit.services.users import ProfileService, UserService

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
