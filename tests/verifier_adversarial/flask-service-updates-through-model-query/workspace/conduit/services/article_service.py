from conduit.extensions import db
from conduit.models import Article, Tag
from conduit.repositories.article_repository import ArticleRepository
from conduit.services.exceptions import ArticleNotFound, NotAuthor


class ArticleService:
    def __init__(self, repository: ArticleRepository | None = None) -> None:
        self.repository = repository or ArticleRepository()

    def get(self, slug: str) -> Article:
        article = self.repository.get_by_slug(slug)
        if article is None:
            raise ArticleNotFound(slug)
        return article

    def update(self, slug: str, user_id: int, changes: dict) -> Article:
        article = self.get(slug)
        if article.author_id != user_id:
            raise NotAuthor(slug)
        for field in ("title", "description", "body"):
            if field in changes:
                setattr(article, field, changes[field])
        if changes.get("tagList") is not None:
            # reuse existing tags, create the missing ones
            known = {t.name: t for t in Tag.query.filter(Tag.name.in_(changes["tagList"])).all()}
            article.tags = [known.get(name) or Tag(name=name) for name in changes["tagList"]]
        db.session.commit()
        return article

    def delete(self, slug: str, user_id: int) -> None:
        article = self.get(slug)
        if article.author_id != user_id:
            raise NotAuthor(slug)
        self.repository.delete(article)

    def page(self, **filters):
        return self.repository.page(**filters)
