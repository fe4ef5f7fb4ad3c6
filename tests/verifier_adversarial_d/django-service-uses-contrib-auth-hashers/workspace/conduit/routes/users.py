import json

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from conduit.services.auth import LoginFailed
from conduit.wiring import auth_service


@csrf_exempt
@require_POST
def login(request):
    data = json.loads(request.body or "{}").get("user", {})
    try:
        user = auth_service.login(data.get("email", ""), data.get("password", ""))
    except LoginFailed:
        return JsonResponse({"errors": {"body": ["invalid"]}}, status=401)
    return JsonResponse({"user": {"email": user.email, "username": user.username, "bio": None, "image": None, "token": ""}})
