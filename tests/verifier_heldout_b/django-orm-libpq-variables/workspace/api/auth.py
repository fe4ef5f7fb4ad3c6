import jwt
from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password

from api.models import User


def hash_password(raw):
    return make_password(raw)  # PBKDF2-SHA256, Django's default hasher


def verify(raw, stored):
    return check_password(raw, stored)


def token_for(user):
    return jwt.encode({"sub": str(user.pk)}, settings.SECRET_KEY, algorithm="HS256")


def user_from(request):
    header = request.headers.get("Authorization", "")
    if not header.startswith("Token "):
        return None
    try:
        return User.objects.filter(pk=int(jwt.decode(header[6:], settings.SECRET_KEY, algorithms=["HS256"])["sub"])).first()
    except (jwt.PyJWTError, KeyError, ValueError):
        return None
