# excerpt of webofmars/realworld-back-python-aiohttp@1c8b7c5a8537:conduit/core/use_cases/common.py
import typing as t

import structlog

from conduit.core.entities.article import Article, ArticleSlug

from conduit.core.entities.unit_of_work import UnitOfWork

from conduit.core.entities.user import User, UserId
