"""Use cases of the Conduit API. Nothing in this package knows about HTTP."""

from conduit_api.interactors.articles import ArticleService
from conduit_api.interactors.errors import Forbidden, NotFound, ServiceError, Unauthorized, ValidationFailed
from conduit_api.interactors.users import ProfileService, UserService

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
