"""Start-up wiring: builds the services for one request (Django manages connections itself)."""
from contextlib import contextmanager
from dataclasses import dataclass

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
    auth = AuthService(UserRepository())
    header = request.headers.get("Authorization", "")
    user = auth.user_from_token(header[6:]) if header.startswith("Token ") else None
    yield RequestServices(ArticleService(ArticleRepository()), auth, user)
