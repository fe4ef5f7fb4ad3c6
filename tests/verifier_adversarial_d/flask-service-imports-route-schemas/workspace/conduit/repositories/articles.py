from conduit.models.article import Article

_rows: dict[str, Article] = {}


def get(slug):
    return _rows.get(slug)


def save(article):
    _rows[article.slug] = article
    return article
