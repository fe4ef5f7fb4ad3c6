import json
from functools import wraps

from django.http import JsonResponse

from conduit.services.errors import ServiceError, Unauthorized


def body_of(request, key):
    try:
        return (json.loads(request.body or b"{}") or {}).get(key) or {}
    except ValueError:
        return {}


def api_view(required=False):
    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            try:
                if request.bad_token:
                    raise Unauthorized("token is invalid", "token")
                if required and request.viewer is None:
                    raise Unauthorized("missing authorization", "token")
                return view(request, *args, **kwargs)
            except ServiceError as exc:
                return JsonResponse({"errors": exc.errors}, status=exc.status)

        return wrapper

    return decorate
