"""The Conduit operations as a table, shared by every framework adapter.

An adapter only converts its framework's request into an ``ApiRequest``, calls
``ConduitApi.handle(operation, request)`` and writes the ``ApiResponse`` back. Parsing
(JSON body, envelope, auth header) and mapping domain errors to statuses happen here once,
so every framework behaves identically.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from conduit.services import (
    DomainError,
    Duplicate,
    Forbidden,
    NotFound,
    Services,
    TooManyRequests,
    Unauthorized,
    ValidationFailed,
)

log = logging.getLogger("conduit")


@dataclass(frozen=True)
class Route:
    method: str
    template: str  # path with {param} placeholders, e.g. /api/articles/{slug}
    operation: str


ROUTES: list[Route] = [
    Route("GET", "/api/health-check", "health"),
    Route("POST", "/api/users/login", "login"),
    Route("POST", "/api/users", "register"),
    Route("GET", "/api/user", "current_user"),
    Route("PUT", "/api/user", "update_user"),
    Route("GET", "/api/profiles/{username}", "get_profile"),
    Route("POST", "/api/profiles/{username}/follow", "follow"),  # feature: following
    Route("DELETE", "/api/profiles/{username}/follow", "unfollow"),  # feature: following
    # feature: feed
    Route("GET", "/api/articles/feed", "feed"),  # before {slug} so "feed" is never a slug
    # end feature: feed
    Route("GET", "/api/articles", "list_articles"),
    Route("POST", "/api/articles", "create_article"),
    Route("GET", "/api/articles/{slug}", "get_article"),
    Route("PUT", "/api/articles/{slug}", "update_article"),
    Route("DELETE", "/api/articles/{slug}", "delete_article"),
    Route("POST", "/api/articles/{slug}/favorite", "favorite"),  # feature: favorites
    Route("DELETE", "/api/articles/{slug}/favorite", "unfavorite"),  # feature: favorites
    Route("GET", "/api/articles/{slug}/comments", "list_comments"),  # feature: comments
    Route("POST", "/api/articles/{slug}/comments", "add_comment"),  # feature: comments
    Route("DELETE", "/api/articles/{slug}/comments/{id}", "delete_comment"),  # feature: comments
    Route("GET", "/api/tags", "list_tags"),  # feature: tags
]


def routes_by_path() -> dict[str, dict[str, str]]:
    """template -> {method: operation}, in table order (for frameworks that route by path)."""
    table: dict[str, dict[str, str]] = {}
    for route in ROUTES:
        table.setdefault(route.template, {})[route.method] = route.operation
    return table


@dataclass
class ApiRequest:
    params: Mapping[str, str] = field(default_factory=dict)  # path parameters
    query: Mapping[str, str] = field(default_factory=dict)
    authorization: str | None = None  # the raw Authorization header
    body: bytes = b""
    client: str = ""  # the remote address: who a login attempt counts against


@dataclass
class ApiResponse:
    status: int
    payload: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def json_bytes(self) -> bytes:
        return json.dumps(self.payload).encode()


def error_response(status: int, *messages: str) -> ApiResponse:
    return ApiResponse(status, {"errors": {"body": list(messages)}})


def domain_error_response(status: int, error: DomainError, *, by_field: bool = True) -> ApiResponse:
    """The error envelope: problems keyed by field (an error contract's 422s and 409s) or, as the
    base contract has it, every message under ``body``."""
    response = ApiResponse(status, {"errors": error.problems if by_field else {"body": error.messages}})
    if isinstance(error, TooManyRequests):
        response.headers["Retry-After"] = str(error.retry_after)
    return response


def _token(authorization: str | None) -> str | None:
    if authorization is None or not authorization.strip():
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() not in ("token", "bearer") or not token.strip():
        raise Unauthorized("Authorization header must be 'Token <jwt>'")
    return token.strip()


def _envelope(request: ApiRequest, key: str) -> Mapping[str, Any]:
    """The object under ``key`` in the JSON body, e.g. {"user": {...}} -> {...}."""
    try:
        document = json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError):
        raise ValidationFailed("request body must be JSON") from None
    if not isinstance(document, dict) or not isinstance(document.get(key), dict):
        raise ValidationFailed(f"request body must be an object with a {key!r} object")
    return document[key]


STATUS_OF_ERROR: dict[type[DomainError], int] = {
    ValidationFailed: 422,
    Duplicate: 422,
    Unauthorized: 401,
    Forbidden: 403,
    NotFound: 404,
    TooManyRequests: 429,
}


class ConduitApi:
    def __init__(self, services: Services, *, duplicate_status: int = 422, error_keys: str = "body") -> None:
        self.services = services
        self.errors_by_field = error_keys == "fields"
        self.status_of_error = {**STATUS_OF_ERROR, Duplicate: duplicate_status}
        self._operations: dict[str, Callable[[ApiRequest, int | None], ApiResponse]] = {
            route.operation: getattr(self, f"_{route.operation}") for route in ROUTES
        }

    def handle(self, operation: str, request: ApiRequest) -> ApiResponse:
        try:
            viewer_id = self.services.users.viewer_id(_token(request.authorization))
            return self._operations[operation](request, viewer_id)
        except DomainError as error:
            status = self.status_of_error.get(type(error), 422)
            return domain_error_response(status, error, by_field=self.errors_by_field)
        except Exception:  # a bug must still answer with the API's error shape
            log.exception("unhandled error in %s", operation)
            return error_response(500, "internal server error")

    # Each operation: (request, viewer id or None) -> response.
    def _health(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        return ApiResponse(200, {"status": "ok"})

    def _login(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        self.services.users.admit_login(request.client)  # counted before anything else is read
        return ApiResponse(200, self.services.users.login(_envelope(request, "user")))

    def _register(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        return ApiResponse(201, self.services.users.register(_envelope(request, "user")))

    def _current_user(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        return ApiResponse(200, self.services.users.current(viewer))

    def _update_user(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        if viewer is None:
            raise Unauthorized()
        return ApiResponse(200, self.services.users.update(viewer, _envelope(request, "user")))

    def _get_profile(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        return ApiResponse(200, self.services.profiles.get(viewer, request.params["username"]))

    # feature: following
    def _follow(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        return ApiResponse(200, self.services.profiles.follow(viewer, request.params["username"]))

    def _unfollow(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        return ApiResponse(200, self.services.profiles.unfollow(viewer, request.params["username"]))

    # end feature: following

    # feature: feed
    def _feed(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        query = request.query
        return ApiResponse(
            200,
            self.services.articles.feed(viewer, limit=query.get("limit"), offset=query.get("offset")),
        )

    # end feature: feed

    def _list_articles(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        query = request.query
        return ApiResponse(
            200,
            self.services.articles.list(
                viewer,
                tag=query.get("tag"),  # feature: tags
                author=query.get("author"),
                favorited=query.get("favorited"),  # feature: favorites
                limit=query.get("limit"),
                offset=query.get("offset"),
            ),
        )

    def _create_article(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        if viewer is None:
            raise Unauthorized()
        return ApiResponse(201, self.services.articles.create(viewer, _envelope(request, "article")))

    def _get_article(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        return ApiResponse(200, self.services.articles.get(viewer, request.params["slug"]))

    def _update_article(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        if viewer is None:
            raise Unauthorized()
        article = _envelope(request, "article")
        return ApiResponse(200, self.services.articles.update(viewer, request.params["slug"], article))

    def _delete_article(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        return ApiResponse(200, self.services.articles.delete(viewer, request.params["slug"]))

    # feature: favorites
    def _favorite(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        return ApiResponse(200, self.services.articles.favorite(viewer, request.params["slug"]))

    def _unfavorite(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        return ApiResponse(200, self.services.articles.unfavorite(viewer, request.params["slug"]))

    # end feature: favorites

    # feature: comments
    def _list_comments(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        return ApiResponse(200, self.services.comments.list(viewer, request.params["slug"]))

    def _add_comment(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        if viewer is None:
            raise Unauthorized()
        comment = _envelope(request, "comment")
        return ApiResponse(200, self.services.comments.add(viewer, request.params["slug"], comment))

    def _delete_comment(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        try:
            comment_id = int(request.params["id"])
        except ValueError:
            raise NotFound(f"comment {request.params['id']!r} not found") from None
        return ApiResponse(200, self.services.comments.delete(viewer, request.params["slug"], comment_id))

    # end feature: comments

    # feature: tags
    def _list_tags(self, request: ApiRequest, viewer: int | None) -> ApiResponse:
        return ApiResponse(200, self.services.tags.list())

    # end feature: tags
