"""Start-up wiring: builds the services for one request and closes the session after it."""
from contextlib import contextmanager
from dataclasses import dataclass

from .db import SessionLocal
from .repositories.article_repository import ArticleRepository
from .repositories.user_repository import UserRepository
from .services.article_service import ArticleService
from .services.auth_service import AuthService


@dataclass
class RequestServices:
    articles: ArticleService
    auth: AuthService
    user: object | None


@contextmanager
def services_for_request(request):
    session = SessionLocal()
    try:
        auth = AuthService(UserRepository(session))
        header = request.headers.get("Authorization", "")
        user = auth.user_from_token(header[6:]) if header.startswith("Token ") else None
        yield RequestServices(ArticleService(ArticleRepository(session)), auth, user)
    finally:
        session.close()
