from django.http import JsonResponse
from .models import Article


def articles(request):
    qs = Article.objects.order_by("-created_at")
    return JsonResponse({"articles": [{"slug": a.slug, "title": a.title, "body": a.body} for a in qs], "articlesCount": qs.count()})
