from sqlalchemy import func, select

from app.db import session_scope
from app.models import Article, Comment, Tag, User


class ArticleRepository:
    def by_slug(self, slug: str) -> Article | None:
        with session_scope() as s:
            return s.scalars(select(Article).where(Article.slug == slug)).first()

    def list(self, tag=None, author=None, favorited=None, limit=20, offset=0):
        with session_scope() as s:
            q = select(Article)
            if tag:
                q = q.where(Article.tags.any(Tag.name == tag))
            if author:
                q = q.join(Article.author).where(User.username == author)
            if favorited:
                q = q.where(Article.favorited_by.any(User.username == favorited))
            total = s.scalar(select(func.count()).select_from(q.subquery()))
            items = s.scalars(q.order_by(Article.created_at.desc()).limit(limit).offset(offset)).unique().all()
            return list(items), total

    def feed(self, user_id: int, limit=20, offset=0):
        with session_scope() as s:
            me = s.get(User, user_id)
            ids = [u.id for u in me.following]
            q = select(Article).where(Article.author_id.in_(ids))
            total = s.scalar(select(func.count()).select_from(q.subquery()))
            items = s.scalars(q.order_by(Article.created_at.desc()).limit(limit).offset(offset)).unique().all()
            return list(items), total

    def add(self, author_id: int, slug: str, title: str, description: str, body: str, tags: list[str]) -> Article:
        with session_scope() as s:
            article = Article(author_id=author_id, slug=slug, title=title, description=description, body=body)
            article.tags = [self._tag(s, name) for name in dict.fromkeys(tags)]
            s.add(article)
            s.flush()
            return s.scalars(select(Article).where(Article.id == article.id)).first()

    def _tag(self, s, name: str) -> Tag:
        tag = s.scalars(select(Tag).where(Tag.name == name)).first()
        return tag or Tag(name=name)

    def update(self, article_id: int, **fields) -> Article:
        with session_scope() as s:
            article = s.get(Article, article_id)
            for key, value in fields.items():
                setattr(article, key, value)
            s.flush()
            return article

    def delete(self, article_id: int) -> None:
        with session_scope() as s:
            s.delete(s.get(Article, article_id))

    def set_favorite(self, user_id: int, article_id: int, on: bool) -> Article:
        with session_scope() as s:
            article = s.get(Article, article_id)
            user = s.get(User, user_id)
            if on and user not in article.favorited_by:
                article.favorited_by.append(user)
            if not on and user in article.favorited_by:
                article.favorited_by.remove(user)
            s.flush()
            return article

    def tags(self) -> list[str]:
        with session_scope() as s:
            return list(s.scalars(select(Tag.name).order_by(Tag.name)))

    def comments(self, article_id: int) -> list[Comment]:
        with session_scope() as s:
            q = select(Comment).where(Comment.article_id == article_id).order_by(Comment.created_at.desc())
            return list(s.scalars(q))

    def add_comment(self, article_id: int, author_id: int, body: str) -> Comment:
        with session_scope() as s:
            comment = Comment(article_id=article_id, author_id=author_id, body=body)
            s.add(comment)
            s.flush()
            return s.scalars(select(Comment).where(Comment.id == comment.id)).first()

    def comment(self, comment_id: int) -> Comment | None:
        with session_scope() as s:
            return s.get(Comment, comment_id)

    def delete_comment(self, comment_id: int) -> None:
        with session_scope() as s:
            s.delete(s.get(Comment, comment_id))
