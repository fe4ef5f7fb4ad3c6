from ..models import Article, Tag


def _loaded(article):
    """Resolve everything the API shows while still in the data layer; callers never touch a manager."""
    if article is not None:
        article.tag_names = sorted(t.name for t in article.tags.all())
        article.favoriter_ids = {u.pk for u in article.favorited_by.all()}
    return article


class ArticleRepository:
    def __init__(self, session=None) -> None:  # signature kept from the SQLAlchemy draft
        self.session = session

    def get_by_slug(self, slug: str):
        return _loaded(Article.objects.select_related("author").prefetch_related("tags", "favorited_by").filter(slug=slug).first())

    def list(self, *, tag=None, author=None, favorited=None, limit=20, offset=0):
        qs = Article.objects.select_related("author").prefetch_related("tags", "favorited_by")
        if tag:
            qs = qs.filter(tags__name=tag)
        if author:
            qs = qs.filter(author__username=author)
        if favorited:
            qs = qs.filter(favorited_by__username=favorited)
        return [_loaded(a) for a in qs[offset : offset + limit]], qs.count()

    def tags_named(self, names):
        return [Tag.objects.get_or_create(name=n)[0] for n in names]

    def all_tags(self):
        return list(Tag.objects.order_by("name").values_list("name", flat=True))

    def add(self, article, tags=()):
        article.save()
        article.tags.set(tags)
        return self.get_by_slug(article.slug)

    def delete(self, article) -> None:
        article.delete()
