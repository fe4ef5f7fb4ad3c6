import json

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ..container import services_for_request
from ..services.errors import ServiceError
from .serializers import article_json


def _error(err: ServiceError) -> JsonResponse:
    return JsonResponse({"errors": {"body": [err.message]}}, status=err.status)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def articles(request: HttpRequest) -> JsonResponse:
    with services_for_request(request) as svc:
        if request.method == "POST":
            if svc.user is None:
                return JsonResponse({"errors": {"body": ["unauthorized"]}}, status=401)
            data = json.loads(request.body or b"{}").get("article") or {}
            try:
                article = svc.articles.create(svc.user, data)
            except ServiceError as err:
                return _error(err)
            return JsonResponse({"article": article_json(article, svc.user)}, status=201)
        q = request.GET
        found, count = svc.articles.list(
            tag=q.get("tag"), author=q.get("author"), favorited=q.get("favorited"),
            limit=int(q.get("limit", 20)), offset=int(q.get("offset", 0)),
        )
        return JsonResponse({"articles": [article_json(a, svc.user) for a in found], "articlesCount": count})


@csrf_exempt
@require_http_methods(["GET", "DELETE"])
def article_detail(request: HttpRequest, slug: str) -> JsonResponse:
    with services_for_request(request) as svc:
        try:
            if request.method == "DELETE":
                if svc.user is None:
                    return JsonResponse({"errors": {"body": ["unauthorized"]}}, status=401)
                svc.articles.delete(svc.user, slug)
                return JsonResponse({})
            return JsonResponse({"article": article_json(svc.articles.get(slug), svc.user)})
        except ServiceError as err:
            return _error(err)


def tags(request: HttpRequest) -> JsonResponse:
    with services_for_request(request) as svc:
        return JsonResponse({"tags": svc.articles.tags()})


def health(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})
