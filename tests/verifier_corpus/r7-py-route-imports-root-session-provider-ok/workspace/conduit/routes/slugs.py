from flask import Blueprint

from conduit.db import get_session
from conduit.services.articles import ArticleService

bp = Blueprint('slugs', __name__)


@bp.get('/api/slugs/<slug>')
def slug(slug):
    session = next(get_session())
    return {'slug': ArticleService(session).get(slug).slug}
