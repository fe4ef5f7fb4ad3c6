from sqlalchemy import text

from conduit.repositories import queries


def by_slug(session, slug):
    return session.execute(text(queries.GET_ARTICLE), {'slug': slug}).first()
