from conduit.repositories.articles import ArticleRepository


def get_article_repository():
    return ArticleRepository(None)
