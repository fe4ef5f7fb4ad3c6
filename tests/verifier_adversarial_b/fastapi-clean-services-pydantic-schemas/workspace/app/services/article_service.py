from pydantic import BaseModel, Field
from sqlalchemy.orm import Session
from app.models import Article
from app.repositories.article_repository import ArticleRepository


class ArticleNotFound(Exception):
    pass


class NewArticle(BaseModel):
    title: str = Field(min_length=1)
    description: str = ""
    body: str = Field(min_length=1)
    tag_list: list[str] = Field(default_factory=list, alias="tagList")


class ArticleService:
    def __init__(self, repo: ArticleRepository):
        self.repo = repo

    @classmethod
    def for_session(cls, session: Session) -> "ArticleService":
        return cls(ArticleRepository(session))

    def get(self, slug: str) -> Article:
        article = self.repo.by_slug(slug)
        if article is None:
            raise ArticleNotFound(slug)
        return article

    def create(self, author_id: int, data: NewArticle) -> Article:
        slug = data.title.lower().replace(" ", "-")
        return self.repo.save(Article(slug=slug, title=data.title, body=data.body, author_id=author_id))
