from conduit.models.entities import Article

_ARTICLES: dict[str, Article] = {}


class ArticleRepository:
    def __init__(self, session=None):
        pass

    def by_slug(self, slug):
        return _ARTICLES.get(slug)

    def add(self, article):
        _ARTICLES[article.slug] = article
        return article
