"""Results of the behavioural suite: one record per assertion, over a fixed denominator."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class AssertionResult(BaseModel):
    id: str  # stable across runs, e.g. "register.status" or "articles.list.0.body.type"
    request: str  # id of the request it belongs to, e.g. "register"
    description: str
    passed: bool
    expected: Any = None
    actual: Any = None


class RequestRecord(BaseModel):
    id: str
    method: str
    path: str
    status: int | None = None  # None when no response arrived
    error: str | None = None  # refused, timeout, non-JSON, ...
    duration_s: float = 0.0


class SchemaViolation(BaseModel):
    request: str
    message: str
    path: str = ""  # JSON path inside the body


class SchemaReport(BaseModel):
    """Every JSON response validated against the contract's OpenAPI schemas."""

    checked: int = 0
    violations: list[SchemaViolation] = Field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.checked > 0 and not self.violations


class SuiteReport(BaseModel):
    base_url: str
    assertions: list[AssertionResult] = Field(default_factory=list)
    requests: list[RequestRecord] = Field(default_factory=list)
    schema_report: SchemaReport = Field(default_factory=SchemaReport)
    duration_s: float = 0.0
    deadline_hit: bool = False  # the suite's total time limit stopped it before the last step
    families: list[str] = Field(default_factory=list)  # behaviour families whose requests ran too
    probes: dict[str, str] = Field(
        default_factory=dict
    )  # secrets it sent (passwords...): runtime evidence looks for them

    @property
    def total(self) -> int:
        return len(self.assertions)

    @property
    def passed(self) -> int:
        return sum(a.passed for a in self.assertions)

    @property
    def score(self) -> float:
        """A%: assertions passed over the fixed total, in percent."""
        return 100.0 * self.passed / self.total if self.total else 0.0
