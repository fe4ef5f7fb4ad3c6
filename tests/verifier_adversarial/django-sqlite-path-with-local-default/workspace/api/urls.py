import json

from django.http import JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from api.models import Article, User


def health(_request):
    return JsonResponse({"status": "ok"})


def article_json(a: Article) -> dict:
    return {
        "slug": a.slug, "title": a.title, "description": a.description, "body": a.body, "tagList": [],
        "createdAt": a.created_at.isoformat(), "updatedAt": a.updated_at.isoformat(), "favorited": False,
        "favoritesCount": 0,
        "author": {"username": a.author.username, "bio": a.author.bio, "image": a.author.image, "following": False},
    }


def articles(request):
    qs = Article.objects.select_related("author")
    if author := request.GET.get("author"):
        qs = qs.filter(author__username=author)
    limit, offset = int(request.GET.get("limit", 20)), int(request.GET.get("offset", 0))
    return JsonResponse({"articles": [article_json(a) for a in qs[offset:offset + limit]], "articlesCount": qs.count()})


@csrf_exempt
def profile(request, username):
    user = User.objects.filter(username=username).first()
    if user is None:
        return JsonResponse({"errors": {"body": ["profile not found"]}}, status=404)
    return JsonResponse({"profile": {"username": user.username, "bio": user.bio, "image": user.image, "following": False}})


urlpatterns = [
    path("api/health-check", health),
    path("api/articles", articles),
    path("api/profiles/<str:username>", profile),
]
