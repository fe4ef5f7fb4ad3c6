"""Liveness and readiness endpoints for the orchestrator."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from conduit.dependencies import ServicesDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
def liveness() -> dict[str, Any]:
    return {"status": "ok"}


@router.get("/readyz")
def readiness(services: ServicesDep) -> JSONResponse:
    report = services.health.report()
    return JSONResponse(report, status_code=200 if report["status"] == "ok" else 503)
