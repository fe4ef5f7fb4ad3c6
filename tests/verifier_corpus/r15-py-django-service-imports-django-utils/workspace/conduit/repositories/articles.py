from conduit.models.article import Article


class ArticleRepository:
    def add(self, fields: dict) -> dict:
        return Article.objects.create(**fields).as_dict()
