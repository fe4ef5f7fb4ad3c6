"""HTTP handlers as plain Django views; every answer is JSON."""
from __future__ import annotations

import json
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from sqlalchemy import select

from conduit.container import services
from conduit.models import Tag
from conduit.repositories.database import SessionLocal
from conduit.services.errors import AppError


def api_view(methods):
    """One view per path; `methods` maps each HTTP method to a handler returning (status, body)."""

    @csrf_exempt
    def view(request, *args, **kwargs):
        handler = methods.get(request.method)
        if handler is None:
            return JsonResponse({"errors": {"body": ["method not allowed"]}}, status=405)
        try:
            status, body = handler(request, *args, **kwargs)
        except AppError as error:
            response = JsonResponse(error.as_body(), status=error.status)
            if getattr(error, "retry_after", None):
                response["Retry-After"] = str(error.retry_after)
            return response
        return JsonResponse(body, status=status)

    return view


def _json(request):
    try:
        return json.loads(request.body or b"null")
    except ValueError:
        return None


def _auth(request):
    return request.headers.get("Authorization")


def _paging(request):
    try:
        return int(request.GET.get("limit", 20)), int(request.GET.get("offset", 0))
    except ValueError:
        return 20, 0


register = api_view({"POST": lambda r: (201, services().users.register(_json(r)))})
login = api_view({"POST": lambda r: (200, services().users.login(_json(r), r.META.get("REMOTE_ADDR", "unknown")))})
user = api_view({
    "GET": lambda r: (200, services().users.user_body(services().users.authenticate(_auth(r)))),
    "PUT": lambda r: (200, services().users.update(services().users.authenticate(_auth(r)), _json(r))),
})
profile = api_view({"GET": lambda r, username: (200, services().users.profile(username, services().users.optional_user(_auth(r))))})
follow = api_view({
    "POST": lambda r, username: (200, services().users.follow(services().users.authenticate(_auth(r)), username, True)),
    "DELETE": lambda r, username: (200, services().users.follow(services().users.authenticate(_auth(r)), username, False)),
})


def _list(r):
    limit, offset = _paging(r)
    return 200, services().articles.list(services().users.optional_user(_auth(r)), tag=r.GET.get("tag"), author=r.GET.get("author"), favorited=r.GET.get("favorited"), limit=limit, offset=offset)


def _feed(r):
    limit, offset = _paging(r)
    return 200, services().articles.feed(services().users.authenticate(_auth(r)), limit=limit, offset=offset)


articles = api_view({"GET": _list, "POST": lambda r: (201, services().articles.create(services().users.authenticate(_auth(r)), _json(r)))})
feed = api_view({"GET": _feed})


def _delete_article(r, slug):
    services().articles.delete(services().users.authenticate(_auth(r)), slug)
    return 200, {}


article = api_view({
    "GET": lambda r, slug: (200, services().articles.get(slug, services().users.optional_user(_auth(r)))),
    "PUT": lambda r, slug: (200, services().articles.update(services().users.authenticate(_auth(r)), slug, _json(r))),
    "DELETE": _delete_article,
})
favorite = api_view({
    "POST": lambda r, slug: (200, services().articles.favorite(services().users.authenticate(_auth(r)), slug, True)),
    "DELETE": lambda r, slug: (200, services().articles.favorite(services().users.authenticate(_auth(r)), slug, False)),
})
comments = api_view({
    "GET": lambda r, slug: (200, services().articles.comments(slug, services().users.optional_user(_auth(r)))),
    "POST": lambda r, slug: (200, services().articles.add_comment(services().users.authenticate(_auth(r)), slug, _json(r))),
})


def _delete_comment(r, slug, comment_id):
    services().articles.delete_comment(services().users.authenticate(_auth(r)), slug, comment_id)
    return 200, {}


comment = api_view({"DELETE": _delete_comment})
def _tags(_request):
    # Hot, public and trivial: one query, no service round trip.
    with SessionLocal() as session:
        return 200, {"tags": list(session.scalars(select(Tag.name).order_by(Tag.name)))}


tags = api_view({"GET": _tags})
