"""Redo a use case when a concurrent writer took a unique value first (slug, tag, username)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from conduit.repositories import Conflict
from conduit.services.errors import ValidationFailed

P = ParamSpec("P")
R = TypeVar("R")

ATTEMPTS = 5


def retry_on_conflict(use_case: Callable[P, R]) -> Callable[P, R]:
    """Each attempt runs in a fresh unit of work; the failed one was rolled back."""

    @functools.wraps(use_case)
    def attempt(*args: P.args, **kwargs: P.kwargs) -> R:
        for _ in range(ATTEMPTS - 1):
            try:
                return use_case(*args, **kwargs)
            except Conflict:
                continue
        try:
            return use_case(*args, **kwargs)
        except Conflict as exc:
            raise ValidationFailed("conflicting concurrent change, please retry") from exc

    return attempt
