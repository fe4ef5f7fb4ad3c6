from django.http import JsonResponse
from config.wiring import profiles


def profile_view(request, username):
    profile = profiles.get(username)
    if profile is None:
        return JsonResponse({"errors": {"body": ["profile not found"]}}, status=404)
    return JsonResponse({"profile": profile})
