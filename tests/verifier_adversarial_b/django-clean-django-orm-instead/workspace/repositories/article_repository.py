from models.models import Article


def by_slug(slug: str) -> Article | None:
    return Article.objects.filter(slug=slug).first()
