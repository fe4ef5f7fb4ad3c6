"""Reads and writes of articles, tags and favorites."""

from __future__ import annotations

from conduit.models.article import Article, Tag

Favorite = Article.favorited_by.through


class ArticleRepository:
    def _base(self):
        return Article.objects.select_related("author").prefetch_related("tags").order_by("-created_at")

    def get_by_slug(self, slug: str) -> Article | None:
        return self._base().filter(slug=slug).first()

    def slug_exists(self, slug: str) -> bool:
        return Article.objects.filter(slug=slug).exists()

    def _page(self, query, limit: int, offset: int) -> tuple[list[Article], int]:
        query = query.distinct()
        return list(query[offset : offset + limit]), query.count()

    def list(
        self,
        *,
        tag: str | None = None,
        author: str | None = None,
        favorited_by: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> tuple[list[Article], int]:
        query = self._base()
        if tag:
            query = query.filter(tags__name=tag)
        if author:
            query = query.filter(author__username=author)
        if favorited_by:
            query = query.filter(favorited_by__username=favorited_by)
        return self._page(query, limit, offset)

    def feed(self, user_id: int, *, limit: int = 20, offset: int = 0) -> tuple[list[Article], int]:
        return self._page(self._base().filter(author__followers__id=user_id), limit, offset)

    def add(self, article: Article, tag_names: list[str]) -> Article:
        article.save(force_insert=True)
        article.tags.set([Tag.objects.get_or_create(name=name)[0] for name in dict.fromkeys(tag_names)])
        return article

    def save(self, article: Article) -> Article:
        article.save()
        return article

    def delete(self, article_id: int) -> None:
        Article.objects.filter(pk=article_id).delete()

    def favorite(self, user_id: int, article_id: int) -> None:
        Favorite.objects.get_or_create(user_id=user_id, article_id=article_id)

    def unfavorite(self, user_id: int, article_id: int) -> None:
        Favorite.objects.filter(user_id=user_id, article_id=article_id).delete()

    def is_favorited(self, user_id: int, article_id: int) -> bool:
        return Favorite.objects.filter(user_id=user_id, article_id=article_id).exists()

    def favorites_count(self, article_id: int) -> int:
        return Favorite.objects.filter(article_id=article_id).count()

    def all_tags(self) -> list[str]:
        return list(Tag.objects.filter(articles__isnull=False).distinct().order_by("name").values_list("name", flat=True))
