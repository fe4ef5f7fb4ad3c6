# excerpt of rafsaf/minimal-fastapi-postgres-template@5a39f65b1fc3:app/core/metrics.py
import prometheus_client

APP_STARTED = prometheus_client.Counter(
    "app_started_total",
    "FastAPI application start count",
    labelnames=(),
    namespace=NAMESPACE,
    subsystem=SUBSYSTEM,
)

APP_STOPPED = prometheus_client.Counter(
    "app_stopped",
    "FastAPI application stop count",
    labelnames=(),
    namespace=NAMESPACE,
    subsystem=SUBSYSTEM,
)
