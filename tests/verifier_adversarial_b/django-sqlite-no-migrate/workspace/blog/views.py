from django.http import JsonResponse
from .models import Post


def articles(request):
    return JsonResponse({"articles": [p.slug for p in Post.objects.all()], "articlesCount": Post.objects.count()})
