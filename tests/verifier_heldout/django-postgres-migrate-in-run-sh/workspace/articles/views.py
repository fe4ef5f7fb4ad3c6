from django.http import JsonResponse

from .models import Article, Tag


def health(request):
    return JsonResponse({"status": "ok"})


def article_list(request):
    limit = int(request.GET.get("limit", 20))
    offset = int(request.GET.get("offset", 0))
    qs = Article.objects.select_related("author").prefetch_related("tags")
    if tag := request.GET.get("tag"):
        qs = qs.filter(tags__name=tag)
    if author := request.GET.get("author"):
        qs = qs.filter(author__username=author)
    page = qs[offset : offset + limit]
    return JsonResponse({
        "articles": [
            {"slug": a.slug, "title": a.title, "description": a.description, "body": a.body,
             "tagList": sorted(t.name for t in a.tags.all()),
             "createdAt": a.created_at.isoformat(), "updatedAt": a.updated_at.isoformat(),
             "author": {"username": a.author.username}}
            for a in page
        ],
        "articlesCount": qs.count(),
    })


def tag_list(request):
    return JsonResponse({"tags": list(Tag.objects.order_by("name").values_list("name", flat=True))})
