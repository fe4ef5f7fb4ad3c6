"""Read a workspace once into parsed facts the verifiers share.

Each source file goes to the parser of its language (``registry.LanguageProfile``: Python through
``ast``, JavaScript/TypeScript through tree-sitter), each manifest to its language's reader. What comes out
is deliberately small: imports (with the workspace files they resolve to), calls with
their first argument, string literals (never comments or docstrings), class declarations,
environment-variable reads and object properties such as Sequelize's ``dialect``.
"""

from __future__ import annotations

import functools
import json
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

SKIP_DIRS = {
    "node_modules",
    ".venv",
    "venv",
    "env",
    ".env",
    ".git",
    ".hg",
    "__pycache__",
    "dist",
    "build",
    "tests",
    "test",
    "__tests__",
    "spec",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    "coverage",
    ".next",
    ".tox",
    "site-packages",
    # end-to-end tests and front-end apps are not the backend under test
    "e2e",
    "cypress",
    "playwright",
    "frontend",
    "client",
}
DATABASE_SETTING_HINT = re.compile(r"\.(?:db|sqlite3?|db3)\"|\"(?:sqlite|postgres(?:ql)?)://")
MAX_FILE_BYTES = 8_000_000  # larger files are listed as not read (evidence), never silently dropped


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
    reexported: bool = False  # CommonJS: the required module is handed on (module.exports = require(...))


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
    root: str = ""  # the first name as written, before import bindings: "db" of db.session.add


@dataclass
class StringRef:
    file: str
    line: int
    value: str
    fallback: bool = False  # default for an environment variable (os.environ.get(X, "..."), env.X || "...")
    env_var: str = ""  # the variable a fallback stands in for, when known
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
    language: str  # the name of its LanguageProfile: python | node
    text: str
    imports: list[ImportRef] = field(default_factory=list)
    calls: list[CallRef] = field(default_factory=list)
    strings: list[StringRef] = field(default_factory=list)
    classes: list[ClassDecl] = field(default_factory=list)
    env_reads: list[tuple[str, int]] = field(default_factory=list)
    sql_variables: dict[str, str] = field(default_factory=dict)  # name -> SQL-looking literal
    bound: dict[str, list[str]] = field(default_factory=dict)  # local name -> workspace files it was imported from
    instances: dict[str, str] = field(default_factory=dict)  # name -> canonical callee of `name = [new] X(...)`
    parse_error: str | None = None

    @functools.cached_property
    def parts(self) -> tuple[str, ...]:  # every rule asks, for every file: computed once
        return PurePosixPath(self.rel).parts

    def package_of(self, imp: ImportRef) -> str:
        """The top-level package an import names: "sqlalchemy" for sqlalchemy.orm, "pg" for pg/lib."""
        from decaybench.verifiers import registry

        return registry.language(self.language).package_of(imp)


@dataclass
class Manifest:
    rel: str
    language: str  # the name of its LanguageProfile
    dependencies: dict[str, int]  # normalised package name -> line number (1 when unknown)
    dev_only: set[str] = field(default_factory=set)  # declared for development or tests only


@dataclass
class Workspace:
    root: Path
    files: dict[str, SourceFile] = field(default_factory=dict)
    manifests: list[Manifest] = field(default_factory=list)
    config_json: list[tuple[str, dict]] = field(default_factory=list)  # other JSON (sequelize config)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (rel path, error): cannot be verified
    not_read: list[tuple[str, str]] = field(default_factory=list)  # (rel path, why): special files, too large
    settings: list[tuple[str, str]] = field(default_factory=list)  # (rel path, text) of .env, run.sh, *.prisma
    sql_scripts: list[tuple[str, str]] = field(default_factory=list)  # (rel path, text) of *.sql files
    # (rel path, text) of what else may start the server when there is no run.sh: Procfile, docker-compose
    launchers: list[tuple[str, str]] = field(default_factory=list)

    def declared(self, name: str) -> tuple[str, int] | None:
        for manifest in self.manifests:
            if name in manifest.dependencies:
                return manifest.rel, manifest.dependencies[name]
        return None


def normalise_package(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name.strip().lower())


FRONTEND_PACKAGES = {"react", "react-dom", "vue", "svelte", "@angular/core", "next", "nuxt", "solid-js", "preact"}
BACKEND_PACKAGES = {"express", "fastify", "koa", "hono", "@nestjs/core", "restify"}


def _frontend_app(directory: Path) -> bool:
    """A sub-directory with its own package.json for a browser framework and no server framework:
    a front-end app beside the backend (``web/``, ``apps/site/``), whatever it is called."""
    manifest = directory / "package.json"
    try:
        info = manifest.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return False
        data = json.loads(decode(manifest.read_bytes()))
    except (OSError, ValueError):
        return False
    if not isinstance(data, dict):
        return False
    names: set[str] = set()
    for section in ("dependencies", "devDependencies", "peerDependencies"):
        block = data.get(section)
        if isinstance(block, dict):
            names |= {str(name).lower() for name in block}
    return bool(names & FRONTEND_PACKAGES) and not names & BACKEND_PACKAGES


def _walk(root: Path):
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames if d not in SKIP_DIRS and not d.endswith(".egg-info") and not _frontend_app(here / d)
        )
        for name in sorted(filenames):
            yield here / name


def decode(data: bytes) -> str:
    """Text of a file as editors save it: UTF-8 (BOM or not), or UTF-16/32 with a BOM."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8", errors="replace")


def _read_text(path: Path, ws: Workspace, rel: str) -> str | None:
    """The file's text; None for what is not a regular file (dangling links, FIFOs, devices: never opened,
    so nothing blocks) or too large, each listed in ``ws.not_read``; read errors go to ``ws.unreadable``."""
    try:
        info = path.stat()  # follows a link: a link to a regular file is read like the file
    except OSError:
        ws.not_read.append((rel, "dangling symbolic link" if path.is_symlink() else "cannot stat"))
        return None
    if not stat.S_ISREG(info.st_mode):
        ws.not_read.append((rel, "not a regular file (FIFO, socket or device)"))
        return None
    if info.st_size > MAX_FILE_BYTES:
        ws.not_read.append((rel, f"{info.st_size} bytes, over the {MAX_FILE_BYTES}-byte limit"))
        return None
    try:
        return decode(path.read_bytes())
    except OSError as exc:
        ws.unreadable.append((rel, exc.strerror or str(exc)))
        return None


def line_of(text: str, needle: str) -> int:
    """The line where ``needle`` first appears (1 when it does not)."""
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 1


LAUNCHER_FILE = re.compile(r"^(?:Procfile|(?:docker-)?compose(?:\.[\w-]+)*\.ya?ml)$")


_Answer = TypeVar("_Answer")


def per_workspace(function: Callable[..., _Answer]) -> Callable[..., _Answer]:
    """Remember a rule's whole-workspace answer for the workspace being checked: every file of a layer asks
    the same question of the same workspace in a row. Keyed by the workspace's files (the same object for
    one check) and the other arguments; only the last answer is kept, so nothing outlives the next check."""
    last: list[tuple[Any, tuple[object, ...], Any]] = []

    @functools.wraps(function)
    def remembered(ws: Workspace, *args: object) -> _Answer:
        # one tuple, swapped whole: a thread verifying another workspace never hands this one its answer
        known = last[0] if last else None
        if known is None or known[0] is not ws.files or known[1] != args:
            known = (ws.files, args, function(ws, *args))
            last[:] = [known]
        return known[2]  # type: ignore[no-any-return]

    return remembered


def load_workspace(root: Path) -> Workspace:
    """Parse every source file and manifest of ``root`` (skipping dependencies, tests, builds)."""
    root = Path(root)
    if not root.exists():
        raise WorkspaceError(f"path does not exist: {root}")
    if not root.is_dir():
        raise WorkspaceError(f"not a directory: {root}")
    from decaybench.verifiers import registry

    ws = Workspace(root=root.resolve())
    readers = [(profile, reader) for profile in registry.languages() for reader in profile.manifests]
    sources: dict[str, list[SourceFile]] = {}
    for path in _walk(root):
        rel = path.relative_to(root).as_posix()
        name = path.name
        suffix = path.suffix.lower()
        profile = registry.language_for_suffix(suffix)
        if profile is not None:
            if profile.is_test_file(name):
                continue
            text = _read_text(path, ws, rel)
            if text is not None:
                ws.files[rel] = SourceFile(rel=rel, language=profile.name, text=text)
                sources.setdefault(profile.name, []).append(ws.files[rel])
            continue
        if name == "run.sh" or suffix == ".prisma" or name == ".env" or name.startswith(".env."):
            text = _read_text(path, ws, rel)
            if text is not None:
                ws.settings.append((rel, text))
            continue
        if LAUNCHER_FILE.match(name):
            text = _read_text(path, ws, rel)
            if text is not None:
                ws.launchers.append((rel, text))
            continue
        if suffix == ".sql":  # a schema the code or run.sh may run (or nothing does)
            text = _read_text(path, ws, rel)
            if text is not None:
                ws.sql_scripts.append((rel, text))
            continue
        manifest = next(((p, reader) for p, reader in readers if reader.matches(name)), None)
        if manifest is not None:
            text = _read_text(path, ws, rel)
            if text is not None:
                reader = manifest[1]
                ws.manifests.append(Manifest(rel, manifest[0].name, reader.read(text), reader.dev_only(name, text)))
        elif (
            suffix == ".json"
            and not name.endswith("-lock.json")
            and name not in {"tsconfig.json", "jsconfig.json", "package-lock.json"}
        ):
            text = _read_text(path, ws, rel)
            # Sequelize CLI configuration (dialect), and settings files naming a database file or URL
            if text is not None and ("dialect" in text or DATABASE_SETTING_HINT.search(text)):
                try:
                    ws.config_json.append((rel, json.loads(text)))
                except ValueError:
                    pass
    for profile in registry.languages():
        if sources.get(profile.name):
            profile.parse(ws, sources[profile.name])
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


SQL_LEADING_COMMENTS = re.compile(r"^(\s*(--[^\n]*(\n|$)|/\*[\s\S]*?\*/))+")


def looks_like_sql(value: str) -> bool:
    """A literal that reads as a data statement (PRAGMA/SET and ``SELECT 1`` probes excluded); leading
    SQL comments (``-- name: get_user``, ``/* ... */``) are passed over."""
    value = SQL_LEADING_COMMENTS.sub("", value, count=1)
    return bool(SQL_START.match(value)) and not HARMLESS_SQL.match(value)
