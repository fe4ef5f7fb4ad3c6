from sqlmodel import Session, func, select

from src.models.article import Article, User


class ArticleRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_slug(self, slug: str) -> Article | None:
        return self.session.exec(select(Article).where(Article.slug == slug)).first()

    def author_of(self, article: Article) -> User:
        return self.session.get(User, article.author_id)

    def page(self, author: str | None, limit: int, offset: int) -> tuple[list[Article], int]:
        query = select(Article)
        if author:
            query = query.join(User).where(User.username == author)
        total = self.session.exec(select(func.count()).select_from(query.subquery())).one()
        return list(self.session.exec(query.order_by(Article.created_at.desc()).offset(offset).limit(limit))), total
