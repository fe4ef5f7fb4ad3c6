"""Resolve the Authorization token to a user once per request."""

from conduit.repositories.database import SessionLocal
from conduit.repositories.users import UserRepository
from conduit.services.security import read_token


class TokenUserMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        scheme, _, value = request.headers.get("Authorization", "").partition(" ")
        request.token = value.strip() if scheme in ("Token", "Bearer") and value else None
        user_id = read_token(request.token) if request.token else None
        request.viewer = UserRepository(SessionLocal()).get(user_id) if user_id else None
        request.bad_token = bool(request.token) and request.viewer is None
        return self.get_response(request)
