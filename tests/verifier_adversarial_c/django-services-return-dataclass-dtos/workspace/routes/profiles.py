from dataclasses import asdict

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from services.profiles import NotFound
from wiring import container


@require_GET
def profile(request, username):
    try:
        dto = container.profile_service.get(username)
    except NotFound as err:
        return JsonResponse({"errors": {"body": [err.message]}}, status=404)
    return JsonResponse({"profile": asdict(dto)})
