import functools
import json

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from app.services.errors import Conflict, Forbidden, Invalid, NotFound, ServiceError, Unauthorized
from app.services.users import UserService

STATUS = {Invalid: 422, Unauthorized: 401, Forbidden: 403, NotFound: 404, Conflict: 409}
users = UserService()


def api(view):
    @csrf_exempt
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except ServiceError as exc:
            return JsonResponse({"errors": {exc.key: [exc.message]}}, status=STATUS.get(type(exc), 400))
    return wrapper


def current_user(request, required=True):
    header = request.headers.get("Authorization", "")
    if not header.startswith("Token "):
        if required:
            raise Unauthorized("missing token")
        return None
    return users.user_from_token(header[len("Token "):])


def body_of(request, key):
    try:
        data = json.loads(request.body or b"null")
    except ValueError:
        data = None
    if not isinstance(data, dict) or not isinstance(data.get(key), dict):
        raise Invalid("must be a JSON object", key="body")
    return data[key]
