from src.repositories.articles import ArticleRepository


class ArticleNotFound(Exception):
    pass


class ArticleService:
    def __init__(self, repo: ArticleRepository) -> None:
        self.repo = repo

    def _present(self, article) -> dict:
        author = self.repo.author_of(article)
        return {
            "slug": article.slug, "title": article.title, "description": article.description, "body": article.body,
            "tagList": [], "createdAt": article.created_at.isoformat(), "updatedAt": article.updated_at.isoformat(),
            "favorited": False, "favoritesCount": 0,
            "author": {"username": author.username, "bio": author.bio, "image": author.image, "following": False},
        }

    def get(self, slug: str) -> dict:
        article = self.repo.by_slug(slug)
        if article is None:
            raise ArticleNotFound(slug)
        return self._present(article)

    def page(self, author: str | None, limit: int, offset: int) -> dict:
        rows, total = self.repo.page(author, limit, offset)
        return {"articles": [self._present(a) for a in rows], "articlesCount": total}
