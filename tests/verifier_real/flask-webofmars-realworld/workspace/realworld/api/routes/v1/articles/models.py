# excerpt of https://github.com/webofmars/realworld-flask@2a429d250cdb:realworld/api/routes/v1/articles/models.py
import typing as typ

from realworld.api.core.models import BaseCamelModel, Article, Comment

class CreateArticleData(BaseCamelModel):
    title: str
    description: str
    body: str
    tag_list: typ.Optional[typ.List[str]] = None

class CreateArticleRequest(BaseCamelModel):
    article: CreateArticleData

class UpdateArticleData(BaseCamelModel):
    title: typ.Optional[str] = None
    description: typ.Optional[str] = None
    body: typ.Optional[str] = None

class UpdateArticleRequest(BaseCamelModel):
    article: UpdateArticleData

class CreateCommentData(BaseCamelModel):
    body: str

class CreateCommentRequest(BaseCamelModel):
    comment: CreateCommentData

class CreateCommentResponse(BaseCamelModel):
    comment: Comment

class SingleArticleResponse(BaseCamelModel):
    article: Article

class MultipleArticlesResponse(BaseCamelModel):
    articles: typ.List[Article]
    articles_count: int

class MultipleCommentsResponse(BaseCamelModel):
    comments: typ.List[Comment]

class GetTagsResponse(BaseCamelModel):
    tags: list[str]
