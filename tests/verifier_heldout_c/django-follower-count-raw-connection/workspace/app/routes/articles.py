from django.http import HttpResponse, JsonResponse

from app.routes.common import api, body_of, current_user
from app.services.articles import ArticleService

articles = ArticleService()


@api
def collection(request):
    if request.method == "POST":
        return JsonResponse({"article": articles.create(current_user(request), body_of(request, "article"))}, status=201)
    q = request.GET
    return JsonResponse(articles.list(current_user(request, required=False), tag=q.get("tag"), author=q.get("author"),
                                      favorited=q.get("favorited"), limit=int(q.get("limit", 20)),
                                      offset=int(q.get("offset", 0))))


@api
def feed(request):
    q = request.GET
    return JsonResponse(articles.feed(current_user(request), int(q.get("limit", 20)), int(q.get("offset", 0))))


@api
def item(request, slug):
    if request.method == "PUT":
        return JsonResponse({"article": articles.update(current_user(request), slug, body_of(request, "article"))})
    if request.method == "DELETE":
        articles.delete(current_user(request), slug)
        return HttpResponse(status=204)
    return JsonResponse({"article": articles.get(slug, current_user(request, required=False))})


@api
def favorite(request, slug):
    return JsonResponse({"article": articles.favorite(current_user(request), slug, request.method == "POST")})


@api
def comments(request, slug):
    if request.method == "POST":
        body = body_of(request, "comment").get("body")
        return JsonResponse({"comment": articles.add_comment(current_user(request), slug, body)})
    return JsonResponse({"comments": articles.comments(slug, current_user(request, required=False))})


@api
def comment(request, slug, comment_id):
    articles.delete_comment(current_user(request), slug, comment_id)
    return HttpResponse(status=204)


@api
def tags(request):
    return JsonResponse({"tags": articles.tags()})
