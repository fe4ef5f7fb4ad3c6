"""Which constraints to verify, from task constraint kinds or the guard's options."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

KIND_FIELDS = {
    "clean_architecture": ("architecture", "clean"),
    "sqlite": ("database", "sqlite"),
    "postgres": ("database", "postgres"),
    "sqlalchemy": ("orm", "sqlalchemy"),
    "sequelize": ("orm", "sequelize"),
}


class ConstraintSpec(BaseModel):
    architecture: Literal["clean"] | None = None
    database: Literal["sqlite", "postgres"] | None = None
    orm: Literal["sqlalchemy", "sequelize"] | None = None

    @classmethod
    def from_kinds(cls, kinds: list[str]) -> "ConstraintSpec":
        """From task constraint kinds (clean_architecture, sqlite, postgres, sqlalchemy, sequelize)."""
        values: dict[str, str] = {}
        for kind in kinds:
            if kind not in KIND_FIELDS:
                raise ValueError(f"unknown constraint kind {kind!r} (known: {', '.join(KIND_FIELDS)})")
            field, value = KIND_FIELDS[kind]
            values[field] = value
        return cls(**values)

    @property
    def empty(self) -> bool:
        return self.architecture is None and self.database is None and self.orm is None
