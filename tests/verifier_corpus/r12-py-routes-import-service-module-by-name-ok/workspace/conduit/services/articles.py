from conduit.repositories import articles


def get(session, slug: str):
    return articles.ArticleRepository(session).by_slug(slug)
