import json
from functools import wraps

from django.http import JsonResponse

from conduit.services.errors import ServiceError, Unauthorized
from conduit.services.users import user_service


def _token(request):
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    return value.strip() if scheme in ("Token", "Bearer") and value else None


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
                request.token = _token(request)
                request.viewer = user_service.from_token(request.token)
                if required and request.viewer is None:
                    raise Unauthorized("missing authorization", "token")
                return view(request, *args, **kwargs)
            except ServiceError as exc:
                return JsonResponse({"errors": exc.errors}, status=exc.status)

        return wrapper

    return decorate
