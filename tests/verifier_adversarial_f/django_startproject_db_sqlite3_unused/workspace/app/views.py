"""Django views: parse, delegate to services, render JSON."""
from __future__ import annotations

import json

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from app.middleware.ratelimit import login_limiter
from app.services import articles, security, users
from app.services.errors import Invalid, Unauthorized


def _viewer(request: HttpRequest) -> int | None:
    header = request.headers.get("Authorization", "")
    return security.read_token(header[6:]) if header.startswith("Token ") else None


def _required(request: HttpRequest) -> int:
    user_id = _viewer(request)
    if user_id is None:
        raise Unauthorized("body", "authentication required")
    return user_id


def _payload(request: HttpRequest, key: str) -> dict:
    try:
        body = json.loads(request.body or b"null")
    except ValueError:
        raise Invalid("body", "not JSON") from None
    if not isinstance(body, dict) or not isinstance(body.get(key), dict):
        raise Invalid("body", f"{key} is required")
    return body[key]


@csrf_exempt
def register(request):
    return JsonResponse({"user": users.register(_payload(request, "user"))}, status=201)


@csrf_exempt
def login(request):
    wait = login_limiter.check(request.META.get("REMOTE_ADDR", "?"))
    if wait:
        response = JsonResponse({"errors": {"body": ["too many login attempts"]}}, status=429)
        response["Retry-After"] = str(wait)
        return response
    return JsonResponse({"user": users.login(_payload(request, "user"))})


def me(request):
    return JsonResponse({"user": users.current(_required(request))})


def profile(request, username):
    return JsonResponse({"profile": users.profile(username, _viewer(request))})


@csrf_exempt
def articles_collection(request):
    if request.method == "POST":
        return JsonResponse({"article": articles.create(_required(request), _payload(request, "article"))}, status=201)
    q = request.GET
    return JsonResponse(articles.listing(_viewer(request), tag=q.get("tag"), author=q.get("author"),
                                         favorited=q.get("favorited"), limit=int(q.get("limit", 20)),
                                         offset=int(q.get("offset", 0))))


@csrf_exempt
def article_item(request, slug):
    if request.method == "DELETE":
        articles.delete(slug, _required(request))
        return JsonResponse({})
    return JsonResponse({"article": articles.get(slug, _viewer(request))})


def tags(request):
    return JsonResponse(articles.tags())
