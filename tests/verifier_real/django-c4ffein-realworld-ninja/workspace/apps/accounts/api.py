# excerpt of https://github.com/c4ffein/realworld-django-ninja@04ef47ced437:apps/accounts/api.py
from typing import Any

from django.contrib.auth import authenticate

from django.db import IntegrityError

from ninja import Router

from ninja.errors import AuthorizationError

from accounts.models import User

from accounts.schemas import (
    EMPTY,
    ProfileOutSchema,
    ProfileSchema,
    UserCreateSchema,
    UserGetSchema,
    UserInPartialUpdateOutSchema,
    UserLoginSchema,
    UserMineSchema,
    UserPartialUpdateInSchema,
    UserPartialUpdateOutSchema,
)

from helpers.exceptions import clean_integrity_error, get_or_404

from helpers.jwt_utils import AuthedRequest, TokenAuth, create_jwt_token

router = Router()

def account_registration(request, data: UserCreateSchema) -> tuple[int, dict[str, Any]]:
    try:
        user = User.objects.create_user(data.user.email, username=data.user.username, password=data.user.password)
    except IntegrityError as err:
        field = clean_integrity_error(err) or "unknown"
        return 409, {"errors": {field: ["has already been taken"]}}
    jwt_token = create_jwt_token(user)
    return 201, {
        "user": {
            "username": user.username,
            "email": user.email,
            "bio": user.bio or None,
            "image": user.image or None,
            "token": str(jwt_token),
        },
    }

def follow_profile(request: AuthedRequest, username: str) -> tuple[int, None] | ProfileOutSchema:
    profile = get_or_404(User, "profile", username=username)
    if profile == request.user:
        raise AuthorizationError
    if profile.followers.filter(pk=request.user.id).exists():
        return 409, None
    profile.followers.add(request.user)
    return ProfileOutSchema.model_construct(profile=ProfileSchema.from_orm(profile, context={"request": request}))

def unfollow_profile(request: AuthedRequest, username: str) -> tuple[int, None] | ProfileOutSchema:
    profile = get_or_404(User, "profile", username=username)
    if profile == request.user:
        raise AuthorizationError
    if not profile.followers.filter(pk=request.user.id).exists():
        return 409, None
    profile.followers.remove(request.user)
    return ProfileOutSchema.model_construct(profile=ProfileSchema.from_orm(profile, context={"request": request}))
