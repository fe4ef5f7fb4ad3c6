from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conduit.models import Article, Comment, Tag, User


class ArticleRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list(self, *, tag=None, author=None, favorited=None, limit=20, offset=0, author_ids=None):
        query = select(Article)
        if tag:
            query = query.where(Article.tags.any(Tag.name == tag))
        if author:
            query = query.join(Article.author).where(User.username == author)
        if favorited:
            query = query.where(Article.favorited_by.any(User.username == favorited))
        if author_ids is not None:
            query = query.where(Article.author_id.in_(author_ids))
        total = self.session.scalar(select(func.count()).select_from(query.subquery()))
        rows = self.session.scalars(query.order_by(Article.created_at.desc()).limit(limit).offset(offset))
        return list(rows.unique()), total

    def by_slug(self, slug: str) -> Article | None:
        return self.session.scalar(select(Article).where(Article.slug == slug))

    def add(self, article: Article) -> Article:
        self.session.add(article)
        self.session.commit()
        return article

    def save(self, article: Article) -> Article:
        self.session.commit()
        return article

    def delete(self, article: Article) -> None:
        self.session.delete(article)
        self.session.commit()

    def set_favorite(self, article: Article, user: User, on: bool) -> Article:
        me = self.session.merge(user)
        if on and me not in article.favorited_by:
            article.favorited_by.append(me)
        elif not on and me in article.favorited_by:
            article.favorited_by.remove(me)
        self.session.commit()
        return article

    def tags_named(self, names: list[str]) -> list[Tag]:
        found = {t.name: t for t in self.session.scalars(select(Tag).where(Tag.name.in_(names)))}
        return [found.get(name) or Tag(name=name) for name in names]

    def all_tags(self) -> list[str]:
        return list(self.session.scalars(select(Tag.name).order_by(Tag.name)))

    def comments_for(self, article: Article) -> list[Comment]:
        query = select(Comment).where(Comment.article_id == article.id).order_by(Comment.created_at)
        return list(self.session.scalars(query))

    def comment(self, comment_id: int) -> Comment | None:
        return self.session.get(Comment, comment_id)

    def add_comment(self, comment: Comment) -> Comment:
        self.session.add(comment)
        self.session.commit()
        return comment

    def delete_comment(self, comment: Comment) -> None:
        self.session.delete(comment)
        self.session.commit()
