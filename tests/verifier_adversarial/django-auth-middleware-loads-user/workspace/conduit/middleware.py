"""Attaches request.user_profile for authenticated requests (used by every view)."""
import os

from conduit.db import SessionLocal
from conduit.models import User
from conduit.services import security

SECRET = os.environ.get("JWT_SECRET", "dev-secret")


class TokenUserMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.user_profile = None
        header = request.headers.get("Authorization", "")
        if header.startswith("Token "):
            user_id = security.read_token(header[6:], SECRET)
            if user_id is not None:
                with SessionLocal() as session:
                    request.user_profile = session.get(User, user_id)
        return self.get_response(request)
