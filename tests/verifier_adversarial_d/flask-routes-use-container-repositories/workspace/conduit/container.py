"""Composition root: one instance of each repository and service."""
from conduit.repositories.articles import ArticleRepository
from conduit.repositories.tags import TagRepository
from conduit.services.articles import ArticleService

tag_repository = TagRepository()
article_repository = ArticleRepository()
article_service = ArticleService(article_repository, tag_repository)
