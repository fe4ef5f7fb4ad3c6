from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from .models import Article
from . import favorites


@csrf_exempt
def favorite(request, slug):
    article = get_object_or_404(Article, slug=slug)
    uid = getattr(request, "user_id", None)
    if request.method == "POST":
        favorites.add(article.id, uid)
    elif request.method == "DELETE":
        favorites.remove(article.id, uid)
    return JsonResponse({"article": {"slug": article.slug, "title": article.title, "body": article.body, **favorites.summary(article.id, uid)}})
