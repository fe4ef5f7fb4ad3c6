"""Use cases of the Conduit API. Nothing in this package knows about HTTP."""

from realworld.usecases.articles import ArticleService
from realworld.usecases.comments import CommentService
from realworld.usecases.errors import Forbidden, NotFound, ServiceError, Unauthorized, ValidationFailed
from realworld.usecases.users import ProfileService, UserService

__all__ = [
    "ArticleService",
    "CommentService",
    "ProfileService",
    "UserService",
    "ServiceError",
    "Forbidden",
    "NotFound",
    "Unauthorized",
    "ValidationFailed",
]
