from django.http import JsonResponse
from sqlalchemy import func, select

from data.engine import Session
from data.entities import Article, Favorite


def favorite_count(request, slug):
    with Session() as s:
        article = s.scalar(select(Article).where(Article.slug == slug))
        if article is None:
            return JsonResponse({"errors": {"body": ["not found"]}}, status=404)
        count = s.scalar(select(func.count()).select_from(Favorite).where(Favorite.article_id == article.id))
    return JsonResponse({"article": {"slug": article.slug, "favoritesCount": count, "favorited": False}})
