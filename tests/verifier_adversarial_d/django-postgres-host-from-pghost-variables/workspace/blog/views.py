from django.http import JsonResponse
from blog.models import Article


def article_detail(request, slug):
    a = Article.objects.filter(slug=slug).values("slug", "title", "description", "body").first()
    return JsonResponse({"article": a}) if a else JsonResponse({"errors": {"body": ["not found"]}}, status=404)
