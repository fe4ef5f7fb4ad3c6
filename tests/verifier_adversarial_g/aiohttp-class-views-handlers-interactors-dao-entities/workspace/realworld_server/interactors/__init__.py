"""Use cases of the Conduit API. Nothing in this package knows about HTTP."""

from realworld_server.interactors.articles import ArticleService
from realworld_server.interactors.errors import Forbidden, NotFound, ServiceError, Unauthorized, ValidationFailed
from realworld_server.interactors.users import ProfileService, UserService

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
