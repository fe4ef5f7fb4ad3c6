from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from .models import Follow


@csrf_exempt
def follow(request, username):
    me = getattr(request, "user_id", 0)
    target = hash(username) & 0x7FFFFFFF
    if request.method == "POST":
        Follow.objects.get_or_create(follower_id=me, followed_id=target)
    else:
        Follow.objects.filter(follower_id=me, followed_id=target).delete()
    return JsonResponse({"profile": {"username": username, "bio": "", "image": None, "following": request.method == "POST"}})
