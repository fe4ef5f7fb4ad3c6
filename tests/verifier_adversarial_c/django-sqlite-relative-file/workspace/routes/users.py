import json

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from services.errors import DomainError
from wiring import container

STATUS = {"invalid": 422, "conflict": 409, "unauthorized": 401}


def _body(request):
    try:
        return (json.loads(request.body or b"{}") or {}).get("user") or {}
    except ValueError:
        return {}


def _error(err):
    return JsonResponse({"errors": {err.field: [err.message]}}, status=STATUS[err.status_hint])


@csrf_exempt
@require_POST
def register(request):
    body = _body(request)
    try:
        user = container.user_service.register(body.get("email"), body.get("username"), body.get("password"))
    except DomainError as err:
        return _error(err)
    return JsonResponse({"user": user}, status=201)


@csrf_exempt
@require_POST
def login(request):
    body = _body(request)
    try:
        user = container.user_service.login(body.get("email"), body.get("password"))
    except DomainError as err:
        return _error(err)
    return JsonResponse({"user": user})
