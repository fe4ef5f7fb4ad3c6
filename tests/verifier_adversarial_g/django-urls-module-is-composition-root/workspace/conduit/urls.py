"""ROOT_URLCONF and composition root: builds the repositories and services once, then the URL patterns."""

from __future__ import annotations

from types import SimpleNamespace

from conduit.config import load_settings
from conduit.repositories.articles import ArticleRepository
from conduit.repositories.database import create_schema, make_engine, make_session_factory
from conduit.repositories.users import UserRepository
from conduit.routes import build_urlpatterns
from conduit.services.articles import ArticleService
from conduit.services.security import TokenCodec
from conduit.services.users import ProfileService, UserService

settings = load_settings()
engine = make_engine(settings.database_url)
create_schema(engine)
sessions = make_session_factory(engine)

_users = UserRepository(sessions)
_profiles = ProfileService(_users)
_articles = ArticleService(ArticleRepository(sessions), _profiles)

services = SimpleNamespace(
    users=UserService(_users, TokenCodec(settings.jwt_secret, settings.token_ttl_seconds)),
    profiles=_profiles,
    articles=_articles,
)

urlpatterns = build_urlpatterns(services)
