"""Feature markers in the reference sources: how a starting codebase is cut out of the gold.

A feature task starts from the reference solution with one feature removed from every layer.
Which lines belong to a feature is written in the sources themselves, as comments in the
file's own comment syntax (``#`` for Python, ``//`` for JavaScript); which whole files belong
to it is catalog data (``[features.<name>] files``). Three forms:

* a line ending in ``# feature: NAME`` belongs to NAME;
* a block from ``# feature: NAME`` to ``# end feature: NAME`` (each alone on its line)
  belongs to NAME;
* inside such a block, ``# without NAME:`` starts the code that replaces the block when NAME
  is removed, written as comments (``# <code>`` at the block's indentation) up to the end
  marker.

``strip_features(text, removed, comment)`` drops what belongs to a removed feature, turns
``without`` code into code, and drops every marker of the features that stay, so neither the
gold solution nor a starting codebase shows a trace of the markers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

# The comment syntax of a source file, by suffix; other files carry no markers.
COMMENT_OF_SUFFIX = {".py": "#", ".sh": "#", ".js": "//", ".mjs": "//", ".cjs": "//", ".ts": "//"}
NAME = r"[a-z][a-z0-9_]*"


class MarkerError(ValueError):
    """Markers that do not pair up (a block never closed, an end without a start)."""


def comment_syntax(path: str | PurePath) -> str | None:
    return COMMENT_OF_SUFFIX.get(PurePath(path).suffix)


@dataclass(frozen=True)
class _Syntax:
    begin: re.Pattern[str]
    end: re.Pattern[str]
    without: re.Pattern[str]
    trailing: re.Pattern[str]
    comment: str


def _syntax(comment: str) -> _Syntax:
    c = re.escape(comment)
    return _Syntax(
        begin=re.compile(rf"^\s*{c} feature: ({NAME})\s*$"),
        end=re.compile(rf"^\s*{c} end feature: ({NAME})\s*$"),
        without=re.compile(rf"^\s*{c} without ({NAME}):\s*$"),
        trailing=re.compile(rf"^(?P<code>.*\S)\s+{c} feature: (?P<name>{NAME})\s*$"),
        comment=comment,
    )


def features_marked(text: str, comment: str) -> set[str]:
    """Every feature name the markers of ``text`` mention."""
    syntax = _syntax(comment)
    names = set()
    for line in text.splitlines():
        for pattern in (syntax.begin, syntax.end, syntax.without):
            match = pattern.match(line)
            if match:
                names.add(match.group(1))
        trailing = syntax.trailing.match(line)
        if trailing:
            names.add(trailing.group("name"))
    return names


def _uncomment(line: str, comment: str) -> str:
    """``    # code`` -> ``    code`` (a bare ``#`` is an empty line)."""
    stripped = line.lstrip()
    indent = line[: len(line) - len(stripped)]
    body = stripped[len(comment) :]
    return indent + body[1:] if body.startswith(" ") else (indent + body if body else "")


def strip_features(text: str, removed: set[str] | frozenset[str], comment: str, *, where: str = "") -> str:
    """``text`` without the features in ``removed`` and without any marker."""
    syntax = _syntax(comment)
    out: list[str] = []
    # Open blocks, innermost last: (name, in its "without" part, removed).
    stack: list[tuple[str, bool, bool]] = []
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        bare = line.rstrip("\n")
        begin, end, without = syntax.begin.match(bare), syntax.end.match(bare), syntax.without.match(bare)
        dropping = any(is_removed != in_without for _, in_without, is_removed in stack)
        if begin:
            stack.append((begin.group(1), False, begin.group(1) in removed))
            continue
        if without:
            if not stack or stack[-1][0] != without.group(1) or stack[-1][1]:
                raise MarkerError(f"{where}:{number}: 'without {without.group(1)}' outside its feature block")
            name, _, is_removed = stack.pop()
            stack.append((name, True, is_removed))
            continue
        if end:
            if not stack or stack[-1][0] != end.group(1):
                raise MarkerError(f"{where}:{number}: 'end feature: {end.group(1)}' closes no open block")
            stack.pop()
            continue
        if dropping:
            continue
        if stack and stack[-1][1]:  # "without" code of a removed feature: becomes code
            line = _uncomment(bare, comment) + ("\n" if line.endswith("\n") else "")
            bare = line.rstrip("\n")
        trailing = syntax.trailing.match(bare)
        if trailing:
            if trailing.group("name") in removed:
                continue
            line = trailing.group("code") + ("\n" if line.endswith("\n") else "")
        out.append(line)
    if stack:
        raise MarkerError(f"{where}: feature block {stack[-1][0]!r} is never closed")
    return "".join(out)
