"""HTTP layer: Django views grouped per resource; the URL list is built around the wired services."""

from __future__ import annotations

from typing import Any

from django.urls import URLPattern

from conduit.routes.articles import ArticleViews
from conduit.routes.users import UserViews


def build_urlpatterns(services: Any) -> list[URLPattern]:
    return [*UserViews(services).urlpatterns(), *ArticleViews(services).urlpatterns()]
