import sqlalchemy as sa
from sqlalchemy import select

from conduit.models.entities import Article


class ArticleRepository:
    def __init__(self, session):
        self.session = session

    def by_slug(self, slug: str) -> Article | None:
        return self.session.scalars(select(Article).where(Article.slug == slug)).first()

    def add(self, article: Article) -> Article:
        self.session.add(article)
        self.session.commit()
        return article


FEED_SQL = '''
    SELECT a.* FROM articles a JOIN follows f ON f.followed_id = a.author_id
    WHERE f.follower_id = :uid ORDER BY a.created_at DESC
'''


def feed(session, uid):
    return session.execute(sa.text(FEED_SQL), {'uid': uid}).all()
