from ..extensions import db
from ..models import Article, Tag, User


class ArticleRepository:
    """Data access through Flask-SQLAlchemy's session and Model.query."""

    def get_by_slug(self, slug: str) -> Article | None:
        return Article.query.filter_by(slug=slug).first()

    def list(self, *, tag=None, author=None, favorited=None, limit=20, offset=0):
        query = Article.query
        if tag:
            query = query.filter(Article.tags.any(Tag.name == tag))
        if author:
            query = query.join(Article.author).filter(User.username == author)
        if favorited:
            query = query.filter(Article.favorited_by.any(User.username == favorited))
        total = query.count()
        return query.order_by(Article.created_at.desc()).limit(limit).offset(offset).all(), total

    def tags_named(self, names):
        tags = []
        for name in names:
            tag = Tag.query.filter_by(name=name).first() or Tag(name=name)
            db.session.add(tag)
            tags.append(tag)
        return tags

    def all_tags(self):
        return [t.name for t in Tag.query.order_by(Tag.name).all()]

    def add(self, article: Article) -> Article:
        db.session.add(article)
        db.session.commit()
        return article

    def delete(self, article: Article) -> None:
        db.session.delete(article)
        db.session.commit()
