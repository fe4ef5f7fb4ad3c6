from django.http import JsonResponse
from .models import Comment


def comments(request, slug):
    data = [{"id": c.id, "body": c.body} for c in Comment.objects.filter(article_slug=slug)]
    return JsonResponse({"comments": data})
