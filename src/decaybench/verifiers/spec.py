"""Which constraints to verify, from task constraint kinds or the guard's options.

A spec holds at most one kind per family. ``ConstraintSpec(database="postgres")`` names kinds the
way the guard's family options do (``--arch clean --db postgres``); ``ConstraintSpec.from_kinds``
takes kind names (``clean_architecture``, ``postgres``). Plain Python: the guard uses it too.
"""

from __future__ import annotations

from decaybench.verifiers import registry
from decaybench.verifiers.registry import ConstraintKind, RegistryError


class ConstraintSpec:
    def __init__(self, **values: str | None) -> None:
        """``family=value`` pairs, the value being what the family's guard option takes (``architecture="clean"``)."""
        self._by_family: dict[str, ConstraintKind] = {}
        for family, value in values.items():
            if value is not None:
                self.add_value(family, value)

    @classmethod
    def from_kinds(cls, kinds: list[str]) -> ConstraintSpec:
        """From constraint kind names (clean_architecture, sqlite, postgres, sqlalchemy, sequelize, plug-ins')."""
        spec = cls()
        for name in kinds:
            try:
                spec.add(registry.kind(name))
            except RegistryError as exc:
                raise ValueError(str(exc)) from None
        return spec

    def add_value(self, family: str, value: str, label: str = "") -> None:
        """Prescribe the kind of ``family`` the family's option names by ``value`` (``"database", "postgres"``);
        ValueError naming ``label`` (default: the family) when no kind has that value."""
        choices = registry.kinds_of(family)
        if not choices:
            raise ValueError(f"unknown constraint family {family!r} (known: {', '.join(registry.families())})")
        kind = next((k for k in choices if k.option_value == value), None)
        if kind is None:
            raise ValueError(
                f"{label or family} must be one of {', '.join(k.option_value for k in choices)} (got {value!r})"
            )
        self.add(kind)

    def add(self, kind: ConstraintKind) -> None:
        """Prescribe ``kind``; ValueError when another kind of its family is already prescribed."""
        other = self._by_family.get(kind.family)
        if other is not None and other is not kind:
            raise ValueError(f"{other.name} and {kind.name} are both {kind.family} constraints: give one")
        self._by_family[kind.family] = kind

    @property
    def kinds(self) -> list[ConstraintKind]:
        """The prescribed kinds, in family order."""
        return registry.ordered(self._by_family.values())

    @property
    def suite_families(self) -> list:
        """The suite's extra request families of the prescribed kinds (``decaybench.suite.families``)."""
        return [kind.suite_family for kind in self.kinds if kind.suite]

    @property
    def empty(self) -> bool:
        return not self._by_family

    def to_dict(self) -> dict[str, str | None]:
        """Every family with the value of its guard option, or None (the guard's JSON ``spec``)."""
        return {
            family: (self._by_family[family].option_value if family in self._by_family else None)
            for family in registry.families()
        }

    def __getattr__(self, family: str) -> str | None:
        # spec.database -> "postgres" or None, for every registered family
        if family.startswith("_") or family not in registry.families():
            raise AttributeError(family)
        kind = self._by_family.get(family)
        return kind.option_value if kind else None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ConstraintSpec) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        values = ", ".join(f"{family}={value!r}" for family, value in self.to_dict().items() if value)
        return f"ConstraintSpec({values})"
