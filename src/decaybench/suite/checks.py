"""Declarative assertions: each is declared before its request is sent, so the total never varies.

A ``Check`` reads one field of a response (``("article", "author", "username")``) and compares it
with an expectation that may depend on data gathered earlier in the run (``lambda s: s.slug_a``).
A hop of a path may be a ``Pick``: the item of an array whose key field has a value learnt during
the run (``("articles", Pick("a", "slug", slug_of_a), "title")``), so list items are found by who
they are, not where the server put them. When a field cannot be reached, or the expectation itself
is unknown because an earlier step failed, the check fails with a readable reason instead of raising.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from decaybench.contract import NOT_JSON, is_rfc3339, parse_date_time


class MissingData(Exception):
    """Data that an earlier step should have produced (a slug, a token) is not there."""


@dataclass(frozen=True)
class Pick:
    """A path hop into an array: the first object whose ``field`` equals ``value(state)``.

    ``name`` is how the hop reads in assertion ids (``articles.a.title``); ``value`` may raise
    ``MissingData`` when the run never learnt it (the article's creation gave no slug).
    """

    name: str
    field: str
    value: Callable[[Any], Any]

    def __str__(self) -> str:
        return self.name

    def find(self, items: list[Any], state: Any) -> Any:
        return self.locate(items, self.value(state))[1]

    def locate(self, items: list[Any], wanted: Any) -> tuple[int, Any]:
        """(index, item) of the first object whose field is ``wanted``; (-1, _NOT_FOUND) if none."""
        for index, item in enumerate(items):
            if isinstance(item, dict) and _strict_equal(item.get(self.field), wanted):
                return index, item
        return -1, _NOT_FOUND


_NOT_FOUND = object()

Path = tuple[str | int | Pick, ...]


class _Unreachable(Exception):
    pass


def dig(body: Any, path: Path, state: Any = None) -> Any:
    """body[path[0]][path[1]]...; raises _Unreachable naming the first missing hop (and
    MissingData when a ``Pick`` needs a value the run never learnt)."""
    current = body
    walked = ""
    for hop in path:
        if isinstance(hop, Pick):
            walked += f"[{hop.field}={hop.name.upper()}]"
            if not isinstance(current, list):
                raise _Unreachable(f"{walked}: parent is not an array")
            found = hop.find(current, state)
            if found is _NOT_FOUND:
                raise _Unreachable(f"{walked}: no item has the {hop.field} of {hop.name.upper()}")
            current = found
            continue
        walked += f"[{hop}]" if isinstance(hop, int) else (f".{hop}" if walked else hop)
        if isinstance(hop, int):
            if not isinstance(current, list):
                raise _Unreachable(f"{walked}: parent is not an array")
            if not -len(current) <= hop < len(current):
                raise _Unreachable(f"{walked}: array has only {len(current)} item(s)")
        elif not isinstance(current, dict):
            raise _Unreachable(f"{walked}: parent is not an object")
        elif hop not in current:
            raise _Unreachable(f"{walked}: field missing")
        current = current[hop]
    return current


def display(value: Any, limit: int = 200) -> Any:
    """A JSON-safe, bounded rendering of a value for the report."""
    if isinstance(value, str):
        return value if len(value) <= limit else value[: limit - 3] + "..."
    if value is None or isinstance(value, (bool, int, float)):
        return value
    try:
        text = json.dumps(value, default=repr)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    return value if len(text) <= limit else text[: limit - 3] + "..."


def dotted(path: Path) -> str:
    return ".".join(str(hop) for hop in path)


# --- predicates: (actual) -> bool ------------------------------------------------------------


def _strict_equal(actual: Any, expected: Any) -> bool:
    # True == 1 in Python; a contract that says boolean or integer means it.
    if isinstance(expected, bool) or isinstance(actual, bool):
        return isinstance(actual, bool) and isinstance(expected, bool) and actual is expected
    return type(actual) is type(expected) and actual == expected


KINDS: dict[str, tuple[str, Callable[[Any], bool]]] = {
    "string": ("a string", lambda v: isinstance(v, str)),
    "nonempty_string": ("a non-empty string", lambda v: isinstance(v, str) and bool(v)),
    "string_or_null": ("a string or null", lambda v: v is None or isinstance(v, str)),
    "integer": ("an integer", lambda v: isinstance(v, int) and not isinstance(v, bool)),
    "boolean": ("a boolean", lambda v: isinstance(v, bool)),
    "array": ("an array", lambda v: isinstance(v, list)),
    "string_array": (
        "an array of strings",
        lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    ),
    "nonempty_string_array": (
        "a non-empty array of strings",
        lambda v: isinstance(v, list) and bool(v) and all(isinstance(x, str) for x in v),
    ),
    # the contract's rule, the same one the schema check applies
    "datetime": ("an RFC 3339 date-time string (offset required)", is_rfc3339),
    "id": (
        "an integer or non-empty string id",
        lambda v: (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, str) and bool(v)),
    ),
}


@dataclass
class Check:
    """One assertion about one response; ``name`` is appended to the request id."""

    name: str
    description: str
    path: Path | None  # None: the check is about the status code
    expected: Any  # a value, or a callable(state) -> value
    compare: Callable[[Any, Any], bool]
    shown: Callable[[Any], Any] | None = None  # how to show the expectation in the report
    header: str | None = None  # the check is about this response header (lower case), not the body
    render: Callable[[Any, Any], Any] | None = None  # how to show what was found: (actual, expected)

    def expectation(self, state: Any) -> Any:
        return self.expected(state) if callable(self.expected) else self.expected

    def evaluate(
        self,
        status: int | None,
        body: Any,
        body_problem: str | None,
        state: Any,
        headers: Mapping[str, str] | None = None,
    ) -> tuple[bool, Any, Any]:
        """(passed, expected shown, actual shown)."""
        try:
            expected = self.expectation(state)
        except MissingData as exc:
            return False, f"unknown: {exc}", self._actual(status, body, body_problem, state)
        shown = self.shown(expected) if self.shown else expected
        if self.header is not None:
            value = (headers or {}).get(self.header)
            try:
                return bool(self.compare(value, expected)), display(shown), display(value)
            except Exception as exc:
                return False, display(shown), f"could not compare {display(value)!r}: {exc!r}"[:300]
        if self.path is None:
            return _strict_equal(status, expected), shown, status
        if body is NOT_JSON:
            return False, shown, body_problem or "body is not JSON"
        try:
            actual = dig(body, self.path, state)
        except _Unreachable as exc:
            return False, display(shown), f"unreachable: {exc}"
        except MissingData as exc:
            return False, display(shown), f"unknown: {exc}"
        try:
            passed = bool(self.compare(actual, expected))
            found = self.render(actual, expected) if self.render else actual
        except Exception as exc:  # odd values (NaN, huge ints) must fail the check, not the suite
            return False, display(shown), f"could not compare {display(actual)!r}: {exc!r}"[:300]
        return passed, display(shown), display(found)

    def _actual(self, status: int | None, body: Any, body_problem: str | None, state: Any) -> Any:
        if self.path is None:
            return status
        if body is NOT_JSON:
            return body_problem or "body is not JSON"
        try:
            return display(dig(body, self.path, state))
        except _Unreachable as exc:
            return f"unreachable: {exc}"
        except MissingData as exc:
            return f"unknown: {exc}"


# --- builders --------------------------------------------------------------------------------


def status(code: int) -> Check:
    return Check("status", f"status is {code}", None, code, _strict_equal)


def equals(path: Path, expected: Any, description: str | None = None) -> Check:
    text = description or f"{dotted(path)} equals the expected value"
    return Check(f"{dotted(path)}.value", text, path, expected, _strict_equal)


def kind(path: Path, name: str) -> Check:
    label, predicate = KINDS[name]
    return Check(
        f"{dotted(path)}.type",
        f"{dotted(path)} is {label}",
        path,
        label,
        lambda actual, _expected: predicate(actual),
    )


def same_items(path: Path, expected: Any, description: str | None = None) -> Check:
    """An array of strings holding exactly the expected strings, in any order."""

    def compare(actual: Any, wanted: list[str]) -> bool:
        return isinstance(actual, list) and all(isinstance(x, str) for x in actual) and sorted(actual) == sorted(wanted)

    text = description or f"{dotted(path)} holds exactly the expected strings"
    return Check(f"{dotted(path)}.value", text, path, expected, compare, shown=sorted)


def contains(path: Path, expected: Any, description: str) -> Check:
    def compare(actual: Any, wanted: list[str]) -> bool:
        return isinstance(actual, list) and all(item in actual for item in wanted)

    return Check(f"{dotted(path)}.contains", description, path, expected, compare)


def length(path: Path, expected: int, description: str | None = None) -> Check:
    def compare(actual: Any, wanted: int) -> bool:
        return isinstance(actual, list) and len(actual) == wanted

    text = description or f"{dotted(path)} has {expected} item(s)"
    return Check(f"{dotted(path)}.length", text, path, expected, compare, shown=lambda n: f"{n} item(s)")


def at_least(path: Path, minimum: int, description: str) -> Check:
    def compare(actual: Any, wanted: int) -> bool:
        return isinstance(actual, int) and not isinstance(actual, bool) and actual >= wanted

    return Check(f"{dotted(path)}.min", description, path, minimum, compare, shown=lambda n: f">= {n}")


def header(name: str, predicate: Callable[[str | None], bool], description: str, shown: str) -> Check:
    """A response header (case-insensitive ``name``) satisfying ``predicate`` (None when absent)."""
    return Check(
        f"header.{name.lower()}", description, None, shown, lambda actual, _e: predicate(actual), header=name.lower()
    )


def holds(path: Path, predicate: Callable[[Any, Any], bool], expected: Any, name: str, description: str) -> Check:
    """The value at ``path`` and the expectation satisfy ``predicate(actual, expected)``."""
    return Check(f"{dotted(path)}.{name}" if path else name, description, path, expected, predicate)


def present(path: Path, description: str) -> Check:
    """The object at ``path`` exists (for a ``Pick``: the list holds the item sought)."""
    return Check(
        f"{dotted(path)}.present",
        description,
        path,
        "an object",
        lambda actual, _expected: isinstance(actual, dict),
    )


def newest_first(path: Path, picks: list[Pick], description: str) -> Check:
    """The items found by ``picks`` (given newest first) appear in that order in the array at
    ``path``; two items whose returned ``createdAt`` values tie (see ``DateTime.ties_with``) may
    appear either way round, since a server that keeps whole seconds cannot order them.

    An item missing from the list fails the check too: an order that cannot be seen is not shown.
    The fields of each item are judged by their own checks, wherever the item stands."""
    Sought = list[tuple[Pick, Any]]  # each pick with the key value it looks for

    def locate(actual: Any, sought: Sought) -> list[tuple[Pick, int, Any]]:
        if not isinstance(actual, list):
            raise TypeError("not an array")
        return [(pick, *pick.locate(actual, wanted)) for pick, wanted in sought]

    def compare(actual: Any, sought: Sought) -> bool:
        found = locate(actual, sought)
        if any(position < 0 for _, position, _ in found):
            return False
        for (_, newer_at, newer), (_, older_at, older) in combinations(found, 2):  # every pair, not just neighbours
            if newer_at < older_at:
                continue
            newer_time, older_time = parse_date_time(newer.get("createdAt")), parse_date_time(older.get("createdAt"))
            if newer_time is None or older_time is None or not newer_time.ties_with(older_time):
                return False
        return True

    def render(actual: Any, sought: Sought) -> str:
        found = sorted(locate(actual, sought), key=lambda entry: (entry[1] < 0, entry[1]))
        return ", ".join(
            f"{pick.name.upper()} " + ("missing" if position < 0 else f"at {position} ({item.get('createdAt')!r})")
            for pick, position, item in found
        )

    names = ", ".join(pick.name.upper() for pick in picks)
    return Check(
        f"{dotted(path)}.order",
        description,
        path,
        lambda state: [(pick, pick.value(state)) for pick in picks],  # MissingData: a key never learnt
        compare,
        shown=lambda _sought: f"{names}, newest first (equal createdAt either way)",
        render=render,
    )
