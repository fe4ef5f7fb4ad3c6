"""HTTP layer: Django views grouped per resource; the URL list is built around the wired services."""

from __future__ import annotations

from typing import Any

from django.urls import URLPattern

from .articles import ArticleViews
from .users import UserViews


def build_urlpatterns(services: Any) -> list[URLPattern]:
    return [*UserViews(services).urlpatterns(), *ArticleViews(services).urlpatterns()]
