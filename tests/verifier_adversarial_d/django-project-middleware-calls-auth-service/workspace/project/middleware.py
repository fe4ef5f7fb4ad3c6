from conduit.services import auth


class TokenAuthMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = request.headers.get("Authorization", "")
        request.conduit_user = auth.user_for_token(header[6:]) if header.startswith("Token ") else None
        return self.get_response(request)
