from django.http import JsonResponse


def current_user(request):
    user = getattr(request, "conduit_user", None)
    if user is None:
        return JsonResponse({"errors": {"body": ["unauthorized"]}}, status=401)
    token = request.headers["Authorization"][6:]
    return JsonResponse({"user": {"email": user.email, "username": user.username, "bio": user.bio, "image": user.image, "token": token}})
