"""Read a workspace once into parsed facts the three verifiers share.

Python files go through ``ast``; JavaScript/TypeScript through tree-sitter. What comes out
is deliberately small: imports (with the workspace files they resolve to), calls with
their first argument, string literals (never comments or docstrings), class declarations,
environment-variable reads and object properties such as Sequelize's ``dialect``.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

SKIP_DIRS = {
    "node_modules", ".venv", "venv", "env", ".env", ".git", ".hg", "__pycache__", "dist", "build",
    "tests", "test", "__tests__", "spec", ".pytest_cache", ".mypy_cache", ".ruff_cache", "coverage",
    ".next", ".tox", "site-packages",
}
PYTHON_SUFFIXES = {".py"}
JS_SUFFIXES = {".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"}
TEST_FILE = re.compile(r"(^test_.*\.py$|.*_test\.py$|^conftest\.py$|.*\.(test|spec)\.[cm]?[jt]sx?$)")
MAX_FILE_BYTES = 1_000_000
JS_RESOLVE_SUFFIXES = [".js", ".ts", ".mjs", ".cjs", ".mts", ".cts", ".jsx", ".tsx", ".json"]


class WorkspaceError(Exception):
    """The workspace cannot be verified (missing path, not a directory)."""


@dataclass
class ImportRef:
    file: str
    line: int
    spec: str  # as written: "sqlalchemy.orm", "./repositories/user", "..services"
    kind: str  # import | from | require | dynamic | reexport | importlib
    names: list[str] = field(default_factory=list)
    type_only: bool = False
    targets: list[str] = field(default_factory=list)  # workspace files it resolves to
    external: str | None = None  # top-level third-party/stdlib package when not in the workspace


@dataclass
class CallRef:
    file: str
    line: int
    callee: str  # canonical dotted name: "sqlite3.connect", "sequelize.query", "new pg.Client"
    receiver: str = ""  # last name segment before the method, e.g. "cursor"
    method: str = ""
    arg_kind: str = ""  # str | template | text | name | other | "" (no argument)
    arg_value: str = ""  # literal value when str/template/text; variable name when name
    keywords: dict[str, str] = field(default_factory=dict)  # literal keyword args (Python)


@dataclass
class StringRef:
    file: str
    line: int
    value: str
    fallback: bool = False  # default for an environment variable (os.environ.get(X, "..."), env.X || "...")
    overridden: bool = False  # in a Django DATABASES block replaced by a later assignment
    key: str = ""  # object key / keyword it is the value of, e.g. "dialect", "ENGINE"


@dataclass
class ClassDecl:
    file: str
    line: int
    name: str
    bases: list[str]
    attributes: list[str] = field(default_factory=list)  # names assigned in the body
    attribute_calls: list[str] = field(default_factory=list)  # canonical callees of body assignments
    keywords: dict[str, str] = field(default_factory=dict)  # class keywords, e.g. table=True


@dataclass
class SourceFile:
    rel: str
    language: str  # python | js
    text: str
    imports: list[ImportRef] = field(default_factory=list)
    calls: list[CallRef] = field(default_factory=list)
    strings: list[StringRef] = field(default_factory=list)
    classes: list[ClassDecl] = field(default_factory=list)
    env_reads: list[tuple[str, int]] = field(default_factory=list)
    sql_variables: dict[str, str] = field(default_factory=dict)  # name -> SQL-looking literal
    parse_error: str | None = None

    @property
    def parts(self) -> tuple[str, ...]:
        return PurePosixPath(self.rel).parts

    def package_of(self, imp: ImportRef) -> str:
        """The top-level package an import names: "sqlalchemy" for sqlalchemy.orm, "pg" for pg/lib."""
        return imp.spec.split(".")[0] if self.language == "python" else (imp.external or "")


@dataclass
class Manifest:
    rel: str
    language: str
    dependencies: dict[str, int]  # normalised package name -> line number (1 when unknown)


@dataclass
class Workspace:
    root: Path
    files: dict[str, SourceFile] = field(default_factory=dict)
    manifests: list[Manifest] = field(default_factory=list)
    config_json: list[tuple[str, dict]] = field(default_factory=list)  # other JSON (sequelize config)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (rel path, error)

    def declared(self, name: str) -> tuple[str, int] | None:
        for manifest in self.manifests:
            if name in manifest.dependencies:
                return manifest.rel, manifest.dependencies[name]
        return None


def normalise_package(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name.strip().lower())


def _walk(root: Path):
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.endswith(".egg-info"))
        for name in sorted(filenames):
            yield Path(dirpath) / name


def _read_text(path: Path, ws: Workspace, rel: str) -> str | None:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError as exc:
        ws.unreadable.append((rel, exc.strerror or str(exc)))
        return None


def _requirements(text: str) -> dict[str, int]:
    deps: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        match = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)", line)
        if match:
            deps.setdefault(normalise_package(match.group(1)), number)
    return deps


def _line_of(text: str, needle: str) -> int:
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 1


def _pyproject(text: str) -> dict[str, int]:
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return {}
    def table(parent: object, key: str) -> dict:
        value = parent.get(key) if isinstance(parent, dict) else None
        return value if isinstance(value, dict) else {}

    def strings(value: object) -> list[str]:
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    project = table(data, "project")
    names: list[str] = strings(project.get("dependencies"))
    for extra in table(project, "optional-dependencies").values():
        names += strings(extra)
    names += list(table(table(table(data, "tool"), "poetry"), "dependencies"))
    deps: dict[str, int] = {}
    for spec in names:
        match = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)", str(spec))
        if match and match.group(1).lower() != "python":
            deps.setdefault(normalise_package(match.group(1)), _line_of(text, match.group(1)))
    return deps


def _package_json(text: str) -> dict[str, int]:
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    deps: dict[str, int] = {}
    if not isinstance(data, dict):
        return deps
    for section in ("dependencies", "devDependencies", "optionalDependencies", "peerDependencies"):
        block = data.get(section)
        if isinstance(block, dict):
            for name in block:
                deps.setdefault(name.lower(), _line_of(text, f'"{name}"'))
    return deps


def load_workspace(root: Path) -> Workspace:
    """Parse every source file and manifest of ``root`` (skipping dependencies, tests, builds)."""
    root = Path(root)
    if not root.exists():
        raise WorkspaceError(f"path does not exist: {root}")
    if not root.is_dir():
        raise WorkspaceError(f"not a directory: {root}")
    ws = Workspace(root=root.resolve())
    pending_js: list[SourceFile] = []
    for path in _walk(root):
        rel = path.relative_to(root).as_posix()
        name = path.name
        suffix = path.suffix.lower()
        if suffix in PYTHON_SUFFIXES or suffix in JS_SUFFIXES:
            if TEST_FILE.match(name) or name.endswith(".d.ts"):
                continue
            text = _read_text(path, ws, rel)
            if text is None:
                continue
            language = "python" if suffix in PYTHON_SUFFIXES else "js"
            source = SourceFile(rel=rel, language=language, text=text)
            ws.files[rel] = source
            if language == "js":
                pending_js.append(source)
        elif re.fullmatch(r"requirements[\w.-]*\.(txt|in)", name):
            text = _read_text(path, ws, rel)
            if text is not None:
                ws.manifests.append(Manifest(rel, "python", _requirements(text)))
        elif name == "pyproject.toml":
            text = _read_text(path, ws, rel)
            if text is not None:
                ws.manifests.append(Manifest(rel, "python", _pyproject(text)))
        elif name == "package.json":
            text = _read_text(path, ws, rel)
            if text is not None:
                ws.manifests.append(Manifest(rel, "node", _package_json(text)))
        elif suffix == ".json" and not name.endswith("-lock.json") and name not in {
            "tsconfig.json", "jsconfig.json", "package-lock.json"
        }:
            text = _read_text(path, ws, rel)
            if text is not None and "dialect" in text:
                try:
                    ws.config_json.append((rel, json.loads(text)))
                except ValueError:
                    pass
    from decaybench.verifiers import js_parse, py_parse

    py_index = py_parse.ModuleIndex(ws)
    for source in ws.files.values():
        if source.language == "python":
            py_parse.extract(source, py_index)
    if pending_js:
        resolver = js_parse.Resolver(ws)
        for source in pending_js:
            try:
                js_parse.extract(source, resolver)
            except (RecursionError, ValueError) as exc:  # pathological nesting: keep what was found
                source.parse_error = f"{type(exc).__name__}: {str(exc)[:200]}"
    return ws


# A statement, not just a leading keyword: "update failed" or "delete" alone are ordinary strings.
SQL_START = re.compile(
    r"^\s*\(?\s*("
    r"SELECT\b[\s\S]*?\bFROM\b|INSERT\s+(OR\s+\w+\s+)?INTO\b|UPDATE\s+\S+\s+SET\b|DELETE\s+FROM\b"
    r"|WITH\s+(RECURSIVE\s+)?\S+\s+AS\b|CREATE\s+(TEMP\w*\s+)?(TABLE|INDEX|UNIQUE|VIEW|TRIGGER)\b"
    r"|DROP\s+(TABLE|INDEX|VIEW|TRIGGER)\b|ALTER\s+TABLE\b|REPLACE\s+INTO\b|UPSERT\b|MERGE\s+INTO\b"
    r"|TRUNCATE\s+(TABLE\s+)?\S)",
    re.IGNORECASE,
)
HARMLESS_SQL = re.compile(r"^\s*(PRAGMA\b|SELECT\s+1\s*;?\s*$|SET\b)", re.IGNORECASE)


def looks_like_sql(value: str) -> bool:
    """A literal that reads as a data statement (PRAGMA/SET and ``SELECT 1`` probes excluded)."""
    return bool(SQL_START.match(value)) and not HARMLESS_SQL.match(value)
