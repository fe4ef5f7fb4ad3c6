from django.http import JsonResponse

from app.routes.common import api, body_of, current_user, users


def _user_json(user):
    return {"user": {"email": user.email, "username": user.username, "bio": user.bio,
                     "image": user.image, "token": users.token_for(user)}}


@api
def register(request):
    data = body_of(request, "user")
    user = users.register(data.get("username"), data.get("email"), data.get("password"))
    return JsonResponse(_user_json(user), status=201)


@api
def login(request):
    data = body_of(request, "user")
    return JsonResponse(_user_json(users.login(data.get("email"), data.get("password"))))


@api
def me(request):
    if request.method == "PUT":
        return JsonResponse(_user_json(users.update(current_user(request), **body_of(request, "user"))))
    return JsonResponse(_user_json(current_user(request)))


@api
def profile(request, username):
    return JsonResponse({"profile": users.profile(username, current_user(request, required=False))})


@api
def follow(request, username):
    on = request.method == "POST"
    return JsonResponse({"profile": users.follow(current_user(request), username, on)})
