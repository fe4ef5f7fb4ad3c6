# excerpt of adr1enbe4udou1n/fastapi-realworld-example-app@243262143c64:app/api/routes/articles.py
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from slugify import slugify

from app.api.deps import (
    CurrentUser,
    OptionalCurrentUser,
    get_articles_service,
)

from app.crud.crud_article import ArticlesRepository

from app.models.article import Article

from app.schemas.articles import (
    MultipleArticlesResponse,
    NewArticleRequest,
    SingleArticleResponse,
    UpdateArticleRequest,
)

router = APIRouter()

async def _get_article_from_slug(
    slug: str,
    articles: ArticlesRepository,
) -> Article:
    db_article = await articles.get_by_slug(slug=slug)
    if not db_article:
        raise HTTPException(status_code=404, detail="No article found")
    return db_article

async def get_list(
    current_user: OptionalCurrentUser,
    articles: Annotated[ArticlesRepository, Depends(get_articles_service)],
    limit: Annotated[int, Query(title="Limit number of articles returned (default is 20)")] = max_limit,
    offset: Annotated[int, Query(title="Offset/skip number of articles (default is 0)")] = 0,
    author: Annotated[str | None, Query(title="Filter by author (username)")] = None,
    tag: Annotated[str | None, Query(title="Filter by tag")] = None,
    favorited: Annotated[str | None, Query(title="Filter by favorites of a user (username)")] = None,
) -> MultipleArticlesResponse:
    result, count = await articles.get_list(
        min(limit, max_limit),
        offset,
        author=author,
        favorited=favorited,
        tag=tag,
    )
    return MultipleArticlesResponse(
        articles=[article.schema(current_user) for article in result],
        articles_count=count,
    )

async def get_feed(
    current_user: CurrentUser,
    articles: Annotated[ArticlesRepository, Depends(get_articles_service)],
    limit: Annotated[int, Query(title="Limit number of articles returned (default is 20)")] = 20,
    offset: Annotated[int, Query(title="Offset/skip number of articles (default is 0)")] = 0,
) -> MultipleArticlesResponse:
    result, count = await articles.get_feed(min(limit, max_limit), offset, user=current_user)
    return MultipleArticlesResponse(
        articles=[article.schema(current_user) for article in result],
        articles_count=count,
    )

async def create(
    current_user: CurrentUser,
    new_article: NewArticleRequest,
    articles: Annotated[ArticlesRepository, Depends(get_articles_service)],
) -> SingleArticleResponse:
    existing_article = await articles.get_by_slug(slug=slugify(new_article.article.title))
    if existing_article:
        raise HTTPException(status_code=400, detail="Article with this title already exists")

    article = await articles.create(obj_in=new_article.article, author=current_user)
    return SingleArticleResponse(article=article.schema(current_user))

async def get(
    current_user: OptionalCurrentUser,
    slug: Annotated[str, Path(title="Slug of the article to get")],
    articles: Annotated[ArticlesRepository, Depends(get_articles_service)],
) -> SingleArticleResponse:
    article = await _get_article_from_slug(slug, articles)
    return SingleArticleResponse(article=article.schema(current_user))

async def update(
    current_user: CurrentUser,
    slug: Annotated[str, Path(title="Slug of the article to update")],
    update_article: UpdateArticleRequest,
    articles: Annotated[ArticlesRepository, Depends(get_articles_service)],
) -> SingleArticleResponse:
    article = await _get_article_from_slug(slug, articles)

    if article.author != current_user:
        raise HTTPException(status_code=400, detail="You are not the author of this article")
    article = await articles.update(db_obj=article, obj_in=update_article.article)
    return SingleArticleResponse(article=article.schema(current_user))

async def delete(
    current_user: CurrentUser,
    slug: Annotated[str, Path(title="Slug of the article to delete")],
    articles: Annotated[ArticlesRepository, Depends(get_articles_service)],
) -> None:
    article = await _get_article_from_slug(slug, articles)

    if article.author != current_user:
        raise HTTPException(status_code=400, detail="You are not the author of this article")
    await articles.delete(db_obj=article)
