from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from .models import Profile


def profile(request, username):
    p = get_object_or_404(Profile, username=username)
    return JsonResponse({"profile": {"username": p.username, "bio": p.bio, "image": p.image, "following": False}})
