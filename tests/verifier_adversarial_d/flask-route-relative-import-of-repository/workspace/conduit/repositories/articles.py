from ..models.article import Article


class ArticleRepository:
    _rows: dict[str, Article] = {}

    def exists(self, slug: str) -> bool:
        return slug in self._rows

    def add(self, article: Article) -> Article:
        self._rows[article.slug] = article
        return article
