import json

from django.core.exceptions import PermissionDenied
from django.http import Http404 as NotFoundHttp
from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from conduit.services.errors import DomainError, Forbidden, NotFound, Taken, Unauthorized
from conduit.wiring import services, viewer_id

STATUS = {Unauthorized: 401, Forbidden: 403, NotFound: 404, Taken: 409}


def handles_domain_errors(view):
    def wrapped(request: HttpRequest, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except NotFoundHttp as error:
            return JsonResponse({"errors": {"body": [str(error)]}}, status=404)
        except PermissionDenied as error:
            return JsonResponse({"errors": {"body": [str(error)]}}, status=403)
        except DomainError as error:
            return JsonResponse({"errors": {error.key: [error.message]}}, status=STATUS.get(type(error), 422))

    return csrf_exempt(wrapped)


@handles_domain_errors
def health(_request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


@handles_domain_errors
@require_http_methods(["POST"])
def register(request: HttpRequest) -> JsonResponse:
    body = json.loads(request.body or b"{}").get("user") or {}
    with services() as s:
        user = s.users.register(body.get("username", ""), body.get("email", ""), body.get("password", ""))
    return JsonResponse({"user": user}, status=201)


@handles_domain_errors
def article(request: HttpRequest, slug: str) -> JsonResponse:
    with services() as s:
        if request.method == "DELETE":
            s.articles.delete(slug, viewer_id(request.headers.get("Authorization"), required=True))
            return JsonResponse({})
        return JsonResponse({"article": s.articles.get(slug, viewer_id(request.headers.get("Authorization")))})


urlpatterns = [
    path("api/health-check", health),
    path("api/users", register),
    path("api/articles/<slug:slug>", article),
]
