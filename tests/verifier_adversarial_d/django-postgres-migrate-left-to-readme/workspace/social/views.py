from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from social.models import Follow


@csrf_exempt
def follow(request, username):
    Follow.objects.get_or_create(follower=request.headers.get("X-User", "anon"), followed=username)
    return JsonResponse({"profile": {"username": username, "bio": None, "image": None, "following": True}})
