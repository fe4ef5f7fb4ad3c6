from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from conduit.routes.auth import api_view, body_of
from conduit.services.users import user_service


@csrf_exempt
@require_http_methods(["POST"])
@api_view()
def register(request):
    return JsonResponse({"user": user_service.register(body_of(request, "user"))}, status=201)


@csrf_exempt
@require_http_methods(["POST"])
@api_view()
def login(request):
    return JsonResponse({"user": user_service.login(body_of(request, "user"))})


@csrf_exempt
@require_http_methods(["GET", "PUT"])
@api_view(required=True)
def current_user(request):
    if request.method == "PUT":
        return JsonResponse({"user": user_service.update(request.viewer, request.token, body_of(request, "user"))})
    return JsonResponse({"user": user_service.current(request.viewer, request.token)})


@csrf_exempt
@require_http_methods(["GET"])
@api_view()
def profile(request, username):
    return JsonResponse({"profile": user_service.profile(username, request.viewer)})


@csrf_exempt
@require_http_methods(["POST", "DELETE"])
@api_view(required=True)
def follow(request, username):
    follow_it = request.method == "POST"
    return JsonResponse({"profile": user_service.set_following(request.viewer, username, follow_it)})
