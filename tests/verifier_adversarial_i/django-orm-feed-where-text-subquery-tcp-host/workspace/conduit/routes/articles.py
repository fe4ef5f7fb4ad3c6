from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from conduit.routes.auth import api_view, body_of
from conduit.services.articles import article_service
from conduit.services.errors import Unauthorized


@csrf_exempt
@require_http_methods(["GET", "POST"])
@api_view()
def articles(request):
    if request.method == "POST":
        if request.viewer is None:
            raise Unauthorized("missing authorization", "token")
        return JsonResponse({"article": article_service.create(request.viewer, body_of(request, "article"))}, status=201)
    return JsonResponse(article_service.list(request.viewer, request.GET.dict()))


@csrf_exempt
@require_http_methods(["GET"])
@api_view(required=True)
def feed(request):
    return JsonResponse(article_service.feed(request.viewer, request.GET.dict()))


@csrf_exempt
@require_http_methods(["GET", "PUT", "DELETE"])
@api_view()
def article(request, slug):
    if request.method == "GET":
        return JsonResponse({"article": article_service.get(slug, request.viewer)})
    if request.viewer is None:
        raise Unauthorized("missing authorization", "token")
    if request.method == "PUT":
        return JsonResponse({"article": article_service.update(slug, request.viewer, body_of(request, "article"))})
    article_service.delete(slug, request.viewer)
    return JsonResponse({})


@csrf_exempt
@require_http_methods(["POST", "DELETE"])
@api_view(required=True)
def favorite(request, slug):
    return JsonResponse({"article": article_service.favorite(slug, request.viewer, request.method == "POST")})


@csrf_exempt
@require_http_methods(["GET", "POST"])
@api_view()
def comments(request, slug):
    if request.method == "POST":
        if request.viewer is None:
            raise Unauthorized("missing authorization", "token")
        return JsonResponse({"comment": article_service.add_comment(slug, request.viewer, body_of(request, "comment"))})
    return JsonResponse({"comments": article_service.comments(slug, request.viewer)})


@csrf_exempt
@require_http_methods(["DELETE"])
@api_view(required=True)
def comment(request, slug, comment_id):
    article_service.delete_comment(slug, comment_id, request.viewer)
    return JsonResponse({})


@require_http_methods(["GET"])
def tags(request):
    return JsonResponse({"tags": article_service.tags()})
