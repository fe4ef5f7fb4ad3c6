from datetime import datetime, timezone

from sqlmodel import Field, Relationship, SQLModel

from .user import User


def _now() -> datetime:
    return datetime.now(timezone.utc)


class ArticleTag(SQLModel, table=True):
    article_id: int | None = Field(default=None, foreign_key="articles.id", primary_key=True)
    tag_id: int | None = Field(default=None, foreign_key="tags.id", primary_key=True)


class Favorite(SQLModel, table=True):
    user_id: int | None = Field(default=None, foreign_key="users.id", primary_key=True)
    article_id: int | None = Field(default=None, foreign_key="articles.id", primary_key=True)


class Tag(SQLModel, table=True):
    __tablename__ = "tags"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class Article(SQLModel, table=True):
    __tablename__ = "articles"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True)
    title: str
    description: str = ""
    body: str
    author_id: int = Field(foreign_key="users.id")
    created_at: datetime = Field(default_factory=_now)
    updated_at: datetime = Field(default_factory=_now)

    author: User = Relationship(sa_relationship_kwargs={"lazy": "joined"})
    tags: list[Tag] = Relationship(link_model=ArticleTag, sa_relationship_kwargs={"lazy": "selectin"})
    favorited_by: list[User] = Relationship(link_model=Favorite, sa_relationship_kwargs={"lazy": "selectin"})
