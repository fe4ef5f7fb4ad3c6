"""The API contract: decaybench's OpenAPI 3.1 document and response validation against it.

``validate_response`` maps a concrete request (``GET /api/articles/how-to-x/comments``) to the
operation it belongs to, picks the response documented for the status, and validates the body
with JSON Schema draft 2020-12. An undocumented status is itself a violation.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

# jsonschema and referencing are imported when a body is first validated: they are a third of the
# suite command's start-up, which imports them in the background while its first requests are out.
if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, FormatChecker
    from jsonschema.exceptions import ValidationError
    from referencing import Registry

OPENAPI_PATH = Path(__file__).with_name("openapi.yaml")
DOCUMENT_URI = "urn:decaybench:contract:openapi"
API_PREFIX = "/api"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class _NotJson:
    """Sentinel for a response whose body is not JSON (empty, HTML, binary, ...)."""

    def __repr__(self) -> str:
        return "NOT_JSON"


NOT_JSON: Any = _NotJson()

# RFC 3339 (JSON Schema's ``date-time``, and what the standard Conduit collection accepts): an offset
# or Z is required, fraction digits are free. ASCII digits only (``\d`` would take any script's).
_DATE_TIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?"
    r"(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))"
)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class DateTime:
    """A date-time as the server wrote it: the instant, and how finely it was written."""

    epoch_ns: int  # nanoseconds since 1970-01-01T00:00:00Z (digits past the ninth are dropped)
    digits: int  # fraction-of-second digits written: 0 for "12:30:00Z", 3 for "12:30:00.123Z"

    def ties_with(self, other: DateTime) -> bool:
        """The same instant as far as the coarser of the two can tell: "12:30:00Z" ties with
        "12:30:00.900Z" (a server that keeps whole seconds cannot order them), "12:30:00.100Z"
        does not tie with "12:30:00.900Z"."""
        unit = 10 ** (9 - min(self.digits, other.digits, 9))
        return self.epoch_ns // unit == other.epoch_ns // unit


def parse_date_time(value: object) -> DateTime | None:
    """The one date-time rule of decaybench, shared by the suite's checks and the schema check:
    an RFC 3339 date-time string (offset required), or None."""
    if not isinstance(value, str):
        return None
    match = _DATE_TIME.fullmatch(value)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    fraction, zulu, sign, offset_hours, offset_minutes = match.group(7, 8, 9, 10, 11)
    if zulu:
        zone = UTC
    else:
        hours, minutes = int(offset_hours), int(offset_minutes)
        if hours > 23 or minutes > 59:
            return None
        zone = timezone((-1 if sign == "-" else 1) * timedelta(hours=hours, minutes=minutes))
    try:
        moment = datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:  # month 13, February 30th, second 60 ...
        return None
    seconds = (moment - _EPOCH) // timedelta(seconds=1)
    nanos = int((fraction or "0")[:9].ljust(9, "0"))
    return DateTime(seconds * 1_000_000_000 + nanos, len(fraction or ""))


def is_rfc3339(value: object) -> bool:
    """Whether ``value`` is a date-time under decaybench's one rule (see ``parse_date_time``)."""
    return parse_date_time(value) is not None


def _check_date_time(value: object) -> bool:
    # Non-strings are the "type" keyword's business, as JSON Schema wants.
    return not isinstance(value, str) or is_rfc3339(value)


@lru_cache(maxsize=1)
def _format_checker() -> FormatChecker:
    """Only ``date-time`` is checked, by decaybench's one rule (the suite applies the same)."""
    from jsonschema import FormatChecker

    checker = FormatChecker(formats=())
    checker.checks("date-time")(_check_date_time)
    return checker


@lru_cache(maxsize=1)
def load_openapi() -> dict[str, Any]:
    """The parsed contract (cached; treat it as read-only).

    Parsing the YAML (and importing PyYAML for it) is a noticeable part of a short command's
    start, so the parsed document is kept as JSON in the cache directory, under the digest of the
    YAML it came from: an edited contract is simply parsed again."""
    source = OPENAPI_PATH.read_bytes()
    copy = _parsed_copy_path(source)
    if copy is not None:
        try:
            return json.loads(copy.read_bytes())
        except (OSError, ValueError):
            pass  # not there yet, or unreadable: parse the YAML
    import yaml

    # libyaml's loader when PyYAML has it: ~20x faster than the pure-Python one. Safe either way.
    document = yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if copy is not None:
        _keep_parsed_copy(copy, document)
    return document


def _parsed_copy_path(source: bytes) -> Path | None:
    try:
        root = Path(os.environ.get("DECAYBENCH_CACHE_DIR") or Path.home() / ".cache" / "decaybench")
    except RuntimeError:  # no home directory to be found
        return None
    return root / "contract" / f"openapi-{hashlib.sha256(source).hexdigest()[:16]}.json"


def _keep_parsed_copy(path: Path, document: Any) -> None:
    text = json.dumps(document)
    if json.loads(text) != document:  # YAML that JSON cannot hold exactly (dates, integer keys)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)  # whole or not at all, whoever else writes it at the same time
    except OSError:
        pass  # a read-only cache costs a parse per process, nothing more


@lru_cache(maxsize=1)
def _registry() -> Registry:
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    resource = DRAFT202012.create_resource(load_openapi())
    return Registry().with_resource(DOCUMENT_URI, resource)


def prepare_validation() -> None:
    """Import the validator and read the contract now, so that the first ``response_violations`` does not
    wait for them (safe to call from another thread; imports and the caches are thread-safe)."""
    _format_checker()
    _registry()
    operations()


@dataclass(frozen=True)
class Operation:
    method: str  # upper case
    template: str  # e.g. /articles/{slug}/comments, without the /api prefix
    pointer: str  # JSON pointer of the operation object in the document


@dataclass(frozen=True)
class Violation:
    message: str
    path: str = "$"  # JSON path inside the body, "$" for the whole body


def _escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@lru_cache(maxsize=1)
def _templates() -> list[tuple[re.Pattern[str], str]]:
    """Path templates as regexes; literal paths first so /articles/feed beats /articles/{slug}."""
    compiled = []
    for template in load_openapi()["paths"]:
        pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "/?$"
        compiled.append((re.compile(pattern), template))
    compiled.sort(key=lambda item: (item[1].count("{"), item[1]))
    return compiled


def _operation(method: str, template: str) -> Operation:
    method = method.lower()
    return Operation(method.upper(), template, f"/paths/{_escape_pointer(template)}/{method}")


def operations() -> list[Operation]:
    """Every operation the contract documents."""
    return [
        _operation(method, template)
        for template, item in load_openapi()["paths"].items()
        for method in HTTP_METHODS
        if method in item
    ]


def _relative_path(path: str) -> str:
    """`http://h:1/api/x?y` or `/api/x` or `/x` -> `/x`."""
    path = urlsplit(path).path or "/"
    if path == API_PREFIX or path.startswith(API_PREFIX + "/"):
        path = path[len(API_PREFIX) :] or "/"
    return path


def find_operation(method: str, path: str) -> Operation | None:
    relative = _relative_path(path)
    paths = load_openapi()["paths"]
    for pattern, template in _templates():
        if pattern.match(relative):
            if method.lower() in paths[template]:
                return _operation(method, template)
    return None


def _resolve(node: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """Follow a local `$ref` once; returns the node and the pointer it came from."""
    ref = node.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return node, None
    return _resolve_pointer(ref[1:]), ref[1:]


def _response_for(operation: Operation, status: int) -> tuple[dict[str, Any], str] | None:
    """The response object documented for ``status`` (exact, then NXX range, then default)."""
    responses = _resolve_pointer(operation.pointer)["responses"]
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            pointer = f"{operation.pointer}/responses/{key}"
            response, ref_pointer = _resolve(responses[key])
            return response, ref_pointer or pointer
    return None


def _resolve_pointer(pointer: str) -> Any:
    target: Any = load_openapi()
    for token in pointer.lstrip("/").split("/"):
        target = target[token.replace("~1", "/").replace("~0", "~")]
    return target


def _inline(node: Any, resolver: Any, seen: tuple[str, ...] = ()) -> Any:
    """Replace every $ref by its target, looked up through ``referencing``.

    Validating against an inlined schema is several times faster than resolving references on
    every instance, and the contract has no recursive schemas (a cycle would raise here).
    """
    if isinstance(node, list):
        return [_inline(item, resolver, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        if ref in seen:
            raise ValueError(f"recursive $ref {ref} cannot be inlined")
        resolved = resolver.lookup(ref)
        target = _inline(resolved.contents, resolved.resolver, seen + (ref,))
        siblings = {k: _inline(v, resolver, seen) for k, v in node.items() if k != "$ref"}
        return {**target, **siblings} if siblings else target
    return {key: _inline(value, resolver, seen) for key, value in node.items()}


@lru_cache(maxsize=128)
def _validator_for(schema_pointer: str) -> Draft202012Validator:
    resolver = _registry().resolver(base_uri=DOCUMENT_URI)
    schema = _inline({"$ref": f"{DOCUMENT_URI}#{schema_pointer}"}, resolver)
    # No check_schema here: the schemas are ours and fixed, and checking them against the
    # meta-schema at every start cost ~2 ms each; tests/test_contract.py checks every one instead.
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema, registry=_registry(), format_checker=_format_checker())


def _json_path(error: ValidationError) -> str:
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _short(value: object, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _message(error: ValidationError) -> str:
    # jsonschema embeds the whole instance in its messages; a hostile body could make that huge.
    if error.validator == "type":
        return f"{_short(error.instance)} is not of type {error.validator_value!r}"
    if error.validator == "format":
        return f"{_short(error.instance)} is not a valid {error.validator_value!r}"
    if error.validator in ("minLength", "minimum", "minItems"):
        return f"{_short(error.instance)} violates {error.validator}={error.validator_value}"
    return error.message if len(error.message) <= 200 else error.message[:197] + "..."


def response_schema_pointers() -> list[str]:
    """The JSON pointer of every response body schema the contract documents."""
    pointers = []
    for operation in operations():
        for key, response in _resolve_pointer(operation.pointer)["responses"].items():
            response, ref_pointer = _resolve(response)
            if "schema" in response.get("content", {}).get("application/json", {}):
                pointer = ref_pointer or f"{operation.pointer}/responses/{key}"
                pointers.append(f"{pointer}/content/application~1json/schema")
    return sorted(set(pointers))


def response_violations(method: str, path: str, status: int, body: object) -> list[Violation]:
    """Structured violations of one response; empty when it conforms to the contract."""
    operation = find_operation(method, path)
    if operation is None:
        relative = _relative_path(path)
        return [Violation(f"{method.upper()} {relative} is not an operation of the contract")]
    label = f"{operation.method} {operation.template}"
    found = _response_for(operation, status)
    if found is None:
        documented = ", ".join(_resolve_pointer(operation.pointer)["responses"])
        return [Violation(f"{label}: status {status} is not documented (documented: {documented})")]
    response, response_pointer = found
    media = response.get("content", {}).get("application/json")
    if media is None:
        return []  # the contract accepts any body here (e.g. DELETE -> 200)
    if body is NOT_JSON:
        return [Violation(f"{label} {status}: the body must be JSON")]
    if "schema" not in media:
        return []
    schema_pointer = f"{response_pointer}/content/application~1json/schema"
    validator = _validator_for(schema_pointer)
    errors = sorted(validator.iter_errors(body), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    return [Violation(f"{label} {status}: {_message(e)}", _json_path(e)) for e in errors]


def validate_response(method: str, path: str, status: int, body: object) -> list[str]:
    """Readable violations of one response against the contract ([] = valid).

    ``path`` may be a full URL or a path with or without the ``/api`` prefix; pass
    ``NOT_JSON`` as ``body`` when the response did not carry JSON.
    """
    return [
        f"{v.message} (at {v.path})" if v.path != "$" else v.message
        for v in response_violations(method, path, status, body)
    ]


__all__ = [
    "NOT_JSON",
    "OPENAPI_PATH",
    "DateTime",
    "Operation",
    "Violation",
    "find_operation",
    "is_rfc3339",
    "load_openapi",
    "operations",
    "parse_date_time",
    "response_schema_pointers",
    "response_violations",
    "validate_response",
]
