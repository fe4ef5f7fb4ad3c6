"""Composition root: wires the repositories into the services (call after django.setup())."""

from __future__ import annotations

from dataclasses import dataclass

from conduit.config import Settings
from conduit.repositories.articles import ArticleRepository
from conduit.repositories.users import UserRepository
from conduit.services.articles import ArticleService
from conduit.services.security import TokenCodec
from conduit.services.users import ProfileService, UserService


@dataclass(frozen=True)
class Services:
    users: UserService
    profiles: ProfileService
    articles: ArticleService


def build_services(settings: Settings) -> Services:
    user_repository = UserRepository()
    profiles = ProfileService(user_repository)
    return Services(
        users=UserService(user_repository, TokenCodec(settings.jwt_secret, settings.token_ttl_seconds)),
        profiles=profiles,
        articles=ArticleService(ArticleRepository(), profiles),
    )
