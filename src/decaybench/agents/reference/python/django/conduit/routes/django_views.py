"""Django adapter: one URL pattern per path of the shared table, dispatching on the method."""

from __future__ import annotations

from collections.abc import Callable

from conduit.routes.api import ApiRequest, ApiResponse, ConduitApi, error_response, routes_by_path
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path, re_path


def _as_django(result: ApiResponse) -> HttpResponse:
    return HttpResponse(
        result.json_bytes, status=result.status, content_type="application/json", headers=result.headers
    )


def _django_route(template: str) -> str:
    # "/api/articles/{slug}" -> "api/articles/<str:slug>"
    return template.lstrip("/").replace("{", "<str:").replace("}", ">")


def build_urlpatterns(api: ConduitApi) -> list[URLPattern]:
    def view_for(operations: dict[str, str]) -> Callable[..., HttpResponse]:
        def view(request: HttpRequest, **params: str) -> HttpResponse:
            operation = operations.get(request.method or "")
            if operation is None:
                return _as_django(error_response(405, "method not allowed"))
            api_request = ApiRequest(
                params=params,
                query=request.GET.dict(),
                authorization=request.headers.get("Authorization"),
                body=request.body,
                client=request.META.get("REMOTE_ADDR") or "",
            )
            return _as_django(api.handle(operation, api_request))

        return view

    def unknown_route(request: HttpRequest, **_params: str) -> HttpResponse:
        return _as_django(error_response(404, "no such route"))

    patterns = [
        path(_django_route(template), view_for(operations)) for template, operations in routes_by_path().items()
    ]
    patterns.append(re_path(r"^.*$", unknown_route))
    return patterns
