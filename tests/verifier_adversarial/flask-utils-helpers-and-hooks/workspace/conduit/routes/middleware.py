"""Request hooks of the HTTP layer: request ids and timing headers."""
import time
import uuid

from flask import Flask, g, request


def install(app: Flask) -> None:
    @app.before_request
    def stamp():
        g.request_id = request.headers.get("X-Request-Id") or uuid.uuid4().hex
        g.started = time.perf_counter()

    @app.after_request
    def timing(response):
        response.headers["X-Request-Id"] = g.request_id
        response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - g.started) * 1000:.1f}"
        return response
