"""Database kinds ``sqlite`` and ``postgres``: static evidence (drivers, URLs, dialects, declarations)
weighed against runtime evidence, where the suite's data landed (``decaybench.verifiers.database``)."""

from __future__ import annotations

from decaybench.verifiers import database
from decaybench.verifiers.registry import ConstraintKind

KINDS = tuple(
    ConstraintKind(name=engine, family="database", check=database.check, evidence=("static", "runtime"))
    for engine in ("sqlite", "postgres")
)
