"""Django views: translate HTTP to use-case calls."""

from __future__ import annotations

import json

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from conduit.services import Services
from conduit.services.errors import ServiceError

_registry: dict[str, Services] = {}


def configure(services: Services) -> None:
    """Called once at start-up with the wired use cases."""
    _registry["services"] = services


def services() -> Services:
    return _registry["services"]


def handle(view):
    @csrf_exempt
    def wrapper(request: HttpRequest, *args, **kwargs):
        try:
            result, status = view(request, *args, **kwargs)
        except ServiceError as error:
            return JsonResponse(error.as_body(), status=error.status)
        return JsonResponse(result, status=status)

    wrapper.__name__ = view.__name__
    return wrapper


def body(request: HttpRequest, key: str) -> dict:
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return {}
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else {}


def header(request: HttpRequest) -> str | None:
    return request.headers.get("Authorization")


def token(request: HttpRequest) -> str:
    return (header(request) or "").removeprefix("Token ").strip()


def paging(request: HttpRequest) -> dict:
    return {"limit": int(request.GET.get("limit", 20)), "offset": int(request.GET.get("offset", 0))}


@require_http_methods(["POST"])
@handle
def register(request):
    return {"user": services().users.register(body(request, "user"))}, 201


@require_http_methods(["POST"])
@handle
def login(request):
    return {"user": services().users.login(body(request, "user"))}, 200


@require_http_methods(["GET", "PUT"])
@handle
def current_user(request):
    users = services().users
    user = users.authenticate(header(request))
    if request.method == "PUT":
        return {"user": users.update(user, body(request, "user"), token(request))}, 200
    return {"user": users.current(user, token(request))}, 200


@require_http_methods(["GET"])
@handle
def profile(request, username):
    s = services()
    return {"profile": s.profiles.get(username, s.users.optional_user(header(request)))}, 200


@require_http_methods(["POST", "DELETE"])
@handle
def follow(request, username):
    s = services()
    user = s.users.authenticate(header(request))
    return {"profile": s.profiles.follow(username, user, request.method == "POST")}, 200


@require_http_methods(["GET", "POST"])
@handle
def articles(request):
    s = services()
    if request.method == "POST":
        return s.articles.create(s.users.authenticate(header(request)), body(request, "article")), 201
    filters = {k: request.GET.get(k) for k in ("tag", "author", "favorited")}
    return s.articles.list(s.users.optional_user(header(request)), **filters, **paging(request)), 200


@require_http_methods(["GET"])
@handle
def feed(request):
    s = services()
    return s.articles.feed(s.users.authenticate(header(request)), **paging(request)), 200


@require_http_methods(["GET", "PUT", "DELETE"])
@handle
def article(request, slug):
    s = services()
    if request.method == "GET":
        return s.articles.get(slug, s.users.optional_user(header(request))), 200
    user = s.users.authenticate(header(request))
    if request.method == "PUT":
        return s.articles.update(slug, user, body(request, "article")), 200
    s.articles.delete(slug, user)
    return {}, 200


@require_http_methods(["POST", "DELETE"])
@handle
def favorite(request, slug):
    s = services()
    return s.articles.favorite(slug, s.users.authenticate(header(request)), request.method == "POST"), 200


@require_http_methods(["GET", "POST"])
@handle
def comments(request, slug):
    s = services()
    if request.method == "POST":
        return s.articles.add_comment(slug, s.users.authenticate(header(request)), body(request, "comment")), 200
    return s.articles.comments(slug, s.users.optional_user(header(request))), 200


@require_http_methods(["DELETE"])
@handle
def comment(request, slug, comment_id):
    s = services()
    s.articles.delete_comment(slug, comment_id, s.users.authenticate(header(request)))
    return {}, 200


@require_http_methods(["GET"])
@handle
def tags(request):
    return services().articles.tags(), 200
