from django.http import JsonResponse
from django.views.decorators.http import require_GET

from wiring import container


@require_GET
def profile(request, username):
    return JsonResponse({"profile": container.profile_service.get(username)})
