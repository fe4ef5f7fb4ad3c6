from sqlalchemy import select, text

from conduit.models.entities import Article


class ArticleRepository:
    def __init__(self, session):
        self.session = session

    def by_slug(self, slug: str) -> Article | None:
        row = self.session.execute(text('SELECT id FROM articles WHERE slug = :slug'), {'slug': slug}).first()
        return self.session.get(Article, row.id) if row else None

    def add(self, article: Article) -> Article:
        self.session.add(article)
        self.session.commit()
        return article
