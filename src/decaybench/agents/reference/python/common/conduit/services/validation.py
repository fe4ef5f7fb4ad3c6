"""Checks on the fields of a request's payload; every failure is a ValidationFailed (422)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from conduit.services.errors import ValidationFailed


def as_mapping(payload: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(payload, Mapping):
        raise ValidationFailed(f"{what} must be an object")
    return payload


def required_text(data: Mapping[str, Any], field: str) -> str:
    value = data.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ValidationFailed(f"{field} can't be blank")
    return value


def optional_text(data: Mapping[str, Any], field: str, *, blank_ok: bool = False) -> str | None:
    """The field's value if present; ``None`` when absent. Blank values fail unless ``blank_ok``."""
    if field not in data or (blank_ok and data[field] is None):
        return None
    value = data[field]
    if not isinstance(value, str) or (not blank_ok and not value.strip()):
        raise ValidationFailed(f"{field} can't be blank")
    return value


def text_list(data: Mapping[str, Any], field: str) -> list[str]:
    """A list of distinct non-blank strings, in the order given (absent -> empty)."""
    value = data.get(field)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValidationFailed(f"{field} must be a list of strings")
    distinct: list[str] = []
    for item in value:
        item = item.strip()
        if item and item not in distinct:
            distinct.append(item)
    return distinct
