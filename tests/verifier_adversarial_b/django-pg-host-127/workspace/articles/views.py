from django.http import JsonResponse
from .models import Article


def index(request):
    qs = Article.objects.order_by("-id")
    return JsonResponse({"articles": [{"slug": a.slug} for a in qs], "articlesCount": qs.count()})
