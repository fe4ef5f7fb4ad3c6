from django.http import JsonResponse
from .models import Article


def index(request):
    qs = Article.objects.order_by("-created_at")
    return JsonResponse({"articles": list(qs.values("slug", "title", "description", "body")), "articlesCount": qs.count()})
