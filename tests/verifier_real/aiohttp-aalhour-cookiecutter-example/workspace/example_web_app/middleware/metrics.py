# excerpt of aalhour/cookiecutter-aiohttp-sqlalchemy@8a9bb3ec47c6:examples/example_web_app/example_web_app/middleware/metrics.py
import time

from collections.abc import Callable

from aiohttp import web

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from example_web_app.core.logger import get_logger

WEBSOCKET_CONNECTIONS = Gauge(
    "websocket_connections_active",
    "Active WebSocket connections",
    ["room"],
)

def metrics_middleware(exclude_paths: list[str] | None = None):
    """
    Create a metrics collection middleware.

    Args:
        exclude_paths: Paths to exclude from metrics (e.g., /metrics, /health)
    """
    exclude = set(exclude_paths or ["/metrics", "/api/-/health", "/api/-/ready"])

    @web.middleware
    async def middleware(request: web.Request, handler: Callable) -> web.Response:
        # Skip excluded paths
        if request.path in exclude:
            return await handler(request)

        # Normalize endpoint for labels (avoid high cardinality)
        endpoint = _normalize_path(request.path)
        method = request.method

        # Track in-progress requests
        REQUEST_IN_PROGRESS.labels(method=method, endpoint=endpoint).inc()
        start_time = time.perf_counter()

        try:
            response = await handler(request)
            status = str(response.status)
        except web.HTTPException as e:
            status = str(e.status)
            raise
        except Exception:
            status = "500"
            raise
        finally:
            # Record metrics
            duration = time.perf_counter() - start_time
            REQUEST_COUNT.labels(method=method, endpoint=endpoint, status=status).inc()
            REQUEST_LATENCY.labels(method=method, endpoint=endpoint).observe(duration)
            REQUEST_IN_PROGRESS.labels(method=method, endpoint=endpoint).dec()

        return response

    return middleware

class MetricsController:
    """
    Controller for Prometheus metrics endpoint.
    """

    async def get(self, request: web.Request) -> web.Response:
        """
        Prometheus metrics endpoint.

        GET /metrics
        """
        metrics = generate_latest()
        # CONTENT_TYPE_LATEST includes charset, but aiohttp wants them separate
        content_type = CONTENT_TYPE_LATEST.split(";")[0].strip()
        return web.Response(
            body=metrics,
            content_type=content_type,
            charset="utf-8",
        )
