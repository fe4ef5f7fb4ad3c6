from sqlalchemy import select

from conduit.models.entities import Article


def list_articles(request):
    return [a.slug for a in request.app.state.db.scalars(select(Article))]
