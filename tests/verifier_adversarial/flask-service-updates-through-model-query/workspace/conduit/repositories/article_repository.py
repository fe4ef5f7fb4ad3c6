from conduit.extensions import db
from conduit.models import Article, Tag, User


class ArticleRepository:
    """Every query on articles; Flask-SQLAlchemy's Model.query is the ORM's Query on the scoped session."""

    def get_by_slug(self, slug: str) -> Article | None:
        return Article.query.filter_by(slug=slug).one_or_none()

    def page(self, tag=None, author=None, limit=20, offset=0):
        query = Article.query
        if tag:
            query = query.filter(Article.tags.any(Tag.name == tag))
        if author:
            query = query.join(User).filter(User.username == author)
        total = query.count()
        return query.order_by(Article.created_at.desc()).limit(limit).offset(offset).all(), total

    def save(self, article: Article) -> Article:
        db.session.add(article)
        db.session.commit()
        return article

    def delete(self, article: Article) -> None:
        db.session.delete(article)
        db.session.commit()
