from repositories.articles import find_by_slug


async def get_article(slug):
    return await find_by_slug(slug)
