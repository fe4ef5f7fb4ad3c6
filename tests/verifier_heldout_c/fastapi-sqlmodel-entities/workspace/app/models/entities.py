from datetime import datetime, timezone

from sqlmodel import Field, Relationship, SQLModel


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Follow(SQLModel, table=True):
    follower_id: int = Field(foreign_key="user.id", primary_key=True)
    followed_id: int = Field(foreign_key="user.id", primary_key=True)


class Favorite(SQLModel, table=True):
    user_id: int = Field(foreign_key="user.id", primary_key=True)
    article_id: int = Field(foreign_key="article.id", primary_key=True)


class ArticleTag(SQLModel, table=True):
    article_id: int = Field(foreign_key="article.id", primary_key=True)
    tag_id: int = Field(foreign_key="tag.id", primary_key=True)


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(index=True, unique=True)
    username: str = Field(index=True, unique=True)
    password_hash: str
    bio: str | None = None
    image: str | None = None


class Tag(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class Article(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(index=True, unique=True)
    title: str
    description: str
    body: str
    author_id: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=_now)
    updated_at: datetime = Field(default_factory=_now)

    author: User = Relationship(sa_relationship_kwargs={"lazy": "joined"})
    tags: list[Tag] = Relationship(link_model=ArticleTag, sa_relationship_kwargs={"lazy": "selectin"})
    favorited_by: list[User] = Relationship(link_model=Favorite, sa_relationship_kwargs={"lazy": "selectin"})


class Comment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    body: str
    article_id: int = Field(foreign_key="article.id", index=True)
    author_id: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=_now)
    updated_at: datetime = Field(default_factory=_now)

    author: User = Relationship(sa_relationship_kwargs={"lazy": "joined"})
