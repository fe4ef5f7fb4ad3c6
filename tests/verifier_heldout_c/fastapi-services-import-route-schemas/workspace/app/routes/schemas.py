from pydantic import BaseModel


class ProfileOut(BaseModel):
    username: str
    bio: str | None = None
    image: str | None = None
    following: bool = False


class ArticleOut(BaseModel):
    slug: str
    title: str
    description: str
    body: str
    tagList: list[str]
    createdAt: str
    updatedAt: str
    favorited: bool
    favoritesCount: int
    author: ProfileOut
