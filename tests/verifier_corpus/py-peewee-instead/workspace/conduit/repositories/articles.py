from conduit.models.entities import Article


class ArticleRepository:
    def __init__(self, session=None):
        pass

    def by_slug(self, slug):
        return Article.get_or_none(Article.slug == slug)
