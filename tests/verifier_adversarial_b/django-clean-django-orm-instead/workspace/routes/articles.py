from django.http import JsonResponse
from services import article_service


def detail(request, slug):
    try:
        a = article_service.get(slug)
    except article_service.ArticleNotFound:
        return JsonResponse({"errors": {"article": ["not found"]}}, status=404)
    return JsonResponse({"article": {"slug": a.slug, "title": a.title, "body": a.body}})
