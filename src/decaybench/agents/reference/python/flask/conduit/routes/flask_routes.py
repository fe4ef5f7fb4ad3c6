"""Flask adapter: one Flask rule per operation of the shared table."""

from __future__ import annotations

from conduit.routes.api import ROUTES, ApiRequest, ConduitApi, error_response
from flask import Blueprint, Response, request


def _as_flask(response_status: int, body: bytes, headers: dict[str, str] | None = None) -> Response:
    return Response(body, status=response_status, mimetype="application/json", headers=headers)


def create_blueprint(api: ConduitApi) -> Blueprint:
    blueprint = Blueprint("conduit", __name__)

    def endpoint(operation: str):  # type: ignore[no-untyped-def]
        def view(**params: str) -> Response:
            result = api.handle(
                operation,
                ApiRequest(
                    params=params,
                    query=request.args.to_dict(),
                    authorization=request.headers.get("Authorization"),
                    body=request.get_data(cache=False),
                    client=request.remote_addr or "",
                ),
            )
            return _as_flask(result.status, result.json_bytes, result.headers)

        return view

    for route in ROUTES:
        rule = route.template.replace("{", "<").replace("}", ">")
        blueprint.add_url_rule(
            rule, endpoint=route.operation, view_func=endpoint(route.operation), methods=[route.method]
        )
    return blueprint


def not_found(_error: Exception) -> Response:
    response = error_response(404, "no such route")
    return _as_flask(response.status, response.json_bytes)


def method_not_allowed(_error: Exception) -> Response:
    response = error_response(405, "method not allowed")
    return _as_flask(response.status, response.json_bytes)
