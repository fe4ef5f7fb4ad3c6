from ..infrastructure.repository import all_articles


def list_articles():
    return all_articles()
