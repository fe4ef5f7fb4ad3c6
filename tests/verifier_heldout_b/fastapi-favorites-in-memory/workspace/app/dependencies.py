"""Dependency providers: the service container built once at start-up."""
from __future__ import annotations

from functools import lru_cache

from app.container import Services, build_services


@lru_cache(maxsize=1)
def get_services() -> Services:
    return build_services()
