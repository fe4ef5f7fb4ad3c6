"""The rules input must follow, checked before anything is stored; every failure is a
ValidationFailed (422) keyed by the field it is about.

A ``Form`` reads the fields of one payload and collects every problem, so a request with three
bad fields hears about all three at once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from conduit.services.errors import ValidationFailed

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
USERNAME = re.compile(r"[A-Za-z0-9_-]{3,32}")
LIMITS = {  # field -> (minimum, maximum) length
    "email": (1, 254),
    "password": (8, 72),
    "bio": (0, 1000),
    "image": (0, 2000),
    "title": (1, 120),
    "description": (1, 255),
    "body": (1, 20000),
    "comment": (1, 5000),
}
MAX_TAGS, MAX_TAG_LENGTH = 10, 32


def as_mapping(payload: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(payload, Mapping):
        raise ValidationFailed(f"{what} must be an object")
    return payload


class Form:
    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.problems: dict[str, list[str]] = {}

    def problem(self, field: str, message: str) -> None:
        self.problems.setdefault(field, []).append(message)

    def text(self, field: str, *, required: bool = False, nullable: bool = False, limit: str = "") -> str | None:
        """The field's string; ``None`` when absent (or null when ``nullable``). Length limits from
        ``LIMITS[limit or field]``; a required or present non-nullable field must not be blank."""
        if field not in self.data or (nullable and self.data[field] is None):
            if required:
                self.problem(field, "can't be blank")
            return None
        value = self.data[field]
        if not isinstance(value, str):
            self.problem(field, "must be a string")
            return None
        low, high = LIMITS.get(limit or field, (1, 100_000))
        if low and not value.strip():
            self.problem(field, "can't be blank")
        elif len(value) < low:
            self.problem(field, f"is too short (minimum is {low} characters)")
        elif len(value) > high:
            self.problem(field, f"is too long (maximum is {high} characters)")
        return value

    def email(self, *, required: bool = False) -> str | None:
        value = self.text("email", required=required)
        if value is not None and "email" not in self.problems and not EMAIL.fullmatch(value.strip()):
            self.problem("email", "is invalid")
        return value.strip() if value is not None else None

    def username(self, *, required: bool = False) -> str | None:
        value = self.text("username", required=required)
        if value is not None and "username" not in self.problems and not USERNAME.fullmatch(value.strip()):
            self.problem("username", "must be 3 to 32 letters, digits, '_' or '-'")
        return value.strip() if value is not None else None

    def image(self) -> str | None:
        value = self.text("image", nullable=True)
        if value and "image" not in self.problems and not value.startswith(("http://", "https://")):
            self.problem("image", "must be an http:// or https:// URL")
        return value

    def tags(self, field: str = "tagList") -> list[str]:
        """Distinct trimmed tags in the order given (absent or null -> empty)."""
        value = self.data.get(field)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(field, "must be a list of strings")
            return []
        if len(value) > MAX_TAGS:
            self.problem(field, f"has more than {MAX_TAGS} tags")
        if any(not item.strip() or len(item.strip()) > MAX_TAG_LENGTH for item in value):
            self.problem(field, f"tags must be 1 to {MAX_TAG_LENGTH} characters")
        distinct: list[str] = []
        for item in value:
            if item.strip() not in distinct:
                distinct.append(item.strip())
        return distinct

    def check(self) -> None:
        """Raise every problem found so far as one ValidationFailed."""
        if self.problems:
            raise ValidationFailed.about(self.problems)
