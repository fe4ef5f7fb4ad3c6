from django.http import JsonResponse
from profiles.models import Profile


def profile(request, username):
    p = Profile.objects.filter(username=username).first()
    if p is None:
        return JsonResponse({"errors": {"body": ["not found"]}}, status=404)
    return JsonResponse({"profile": {"username": p.username, "bio": p.bio, "image": p.image, "following": False}})
