from repositories import article_repository


class ArticleNotFound(Exception):
    pass


def get(slug: str):
    article = article_repository.by_slug(slug)
    if article is None:
        raise ArticleNotFound(slug)
    return article
