from sqlalchemy.exc import IntegrityError

from conduit.repositories.articles import ArticleRepository


class Duplicate(Exception):
    pass


def register(repository: ArticleRepository, article):
    try:
        return repository.add(article)
    except IntegrityError as error:
        raise Duplicate() from error
