from typing import Annotated

from conduit.services.articles import ArticleService


def reports(service: ArticleService, extra: Annotated) -> list:
    return service.list_reports(extra)
