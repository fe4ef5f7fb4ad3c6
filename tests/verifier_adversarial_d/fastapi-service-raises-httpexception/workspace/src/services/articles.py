from fastapi import HTTPException, status

from src.repositories.articles import ArticleRepository


class ArticleService:
    def __init__(self, repo: ArticleRepository):
        self.repo = repo

    def get(self, slug: str):
        article = self.repo.by_slug(slug)
        if article is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail={"errors": {"body": ["article not found"]}})
        return article

    def delete(self, slug: str, user_id: int) -> None:
        article = self.get(slug)
        if article.author_id != user_id:
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail={"errors": {"body": ["not the author"]}})
        self.repo.delete(article)
