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


def feed(session, user_id: int):
    from sqlalchemy import text

    return session.scalars(select(Article).where(text('articles.author_id IN (SELECT followee_id FROM follows WHERE follower_id = :me)')).params(me=user_id)).all()
