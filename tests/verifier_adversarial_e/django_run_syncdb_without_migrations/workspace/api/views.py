import json
import bcrypt
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from .models import Member


@csrf_exempt
def register(request):
    data = json.loads(request.body or b"{}").get("user", {})
    pw = bcrypt.hashpw(data["password"].encode(), bcrypt.gensalt()).decode()
    m = Member.objects.create(email=data["email"], username=data["username"], password=pw)
    return JsonResponse({"user": {"email": m.email, "username": m.username, "bio": m.bio, "image": m.image, "token": ""}}, status=201)
