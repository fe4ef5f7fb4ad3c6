"""Request bodies, validated by pydantic before they reach the use cases."""

from __future__ import annotations

from pydantic import BaseModel, Field


class NewUser(BaseModel):
    username: str = Field(min_length=1)
    email: str = Field(min_length=3)
    password: str = Field(min_length=1)


class LoginUser(BaseModel):
    email: str = Field(min_length=1)
    password: str = Field(min_length=1)


class UserChanges(BaseModel):
    email: str | None = None
    username: str | None = None
    password: str | None = None
    bio: str | None = None
    image: str | None = None


class NewArticle(BaseModel):
    title: str = Field(min_length=1)
    description: str = Field(min_length=1)
    body: str = Field(min_length=1)
    tagList: list[str] = Field(default_factory=list)


class ArticleChanges(BaseModel):
    title: str | None = None
    description: str | None = None
    body: str | None = None


class NewUserBody(BaseModel):
    user: NewUser


class LoginBody(BaseModel):
    user: LoginUser


class UserChangesBody(BaseModel):
    user: UserChanges


class NewArticleBody(BaseModel):
    article: NewArticle


class ArticleChangesBody(BaseModel):
    article: ArticleChanges
