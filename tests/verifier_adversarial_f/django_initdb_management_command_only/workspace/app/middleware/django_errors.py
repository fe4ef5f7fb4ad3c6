"""Turns service errors into the JSON error body."""
from django.http import JsonResponse

from app.services.errors import AppError


class ErrorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, AppError):
            return JsonResponse({"errors": exception.errors}, status=exception.status)
        return None
