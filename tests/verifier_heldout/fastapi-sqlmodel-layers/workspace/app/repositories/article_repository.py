from sqlmodel import Session, col, func, select

from ..models import Article, Tag, User


class ArticleRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get_by_slug(self, slug: str) -> Article | None:
        return self.session.exec(select(Article).where(Article.slug == slug)).first()

    def list(self, *, tag=None, author=None, favorited=None, limit=20, offset=0):
        query = select(Article)
        if tag:
            query = query.where(Article.tags.any(Tag.name == tag))
        if author:
            query = query.join(User, Article.author_id == User.id).where(User.username == author)
        if favorited:
            query = query.where(Article.favorited_by.any(User.username == favorited))
        total = self.session.exec(select(func.count()).select_from(query.subquery())).one()
        rows = self.session.exec(query.order_by(col(Article.created_at).desc()).limit(limit).offset(offset)).all()
        return list(rows), total

    def tags_named(self, names):
        existing = {t.name: t for t in self.session.exec(select(Tag).where(col(Tag.name).in_(names)))}
        return [existing.get(n) or Tag(name=n) for n in names]

    def all_tags(self):
        return list(self.session.exec(select(Tag.name).order_by(Tag.name)))

    def add(self, article: Article) -> Article:
        self.session.add(article)
        self.session.commit()
        self.session.refresh(article)
        return article

    def delete(self, article: Article) -> None:
        self.session.delete(article)
        self.session.commit()
