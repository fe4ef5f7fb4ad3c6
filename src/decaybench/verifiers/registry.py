"""What decaybench knows about constraint kinds and languages, each registered once.

Two halves make the registry:

* **code**, registered here: a :class:`ConstraintKind` (name, family, checker, the evidence it reads,
  the value the guard's family option takes) and a :class:`LanguageProfile` (source suffixes, parser,
  manifest readers, installer, and the tables the verifiers consult: web frameworks, data-access
  packages, drivers, other ORMs). Built-ins are the modules of ``decaybench.verifiers.kinds`` and
  ``decaybench.verifiers.languages`` (each exports ``KINDS`` / ``LANGUAGES``); other packages plug in
  through the entry-point groups ``decaybench.constraints`` and ``decaybench.languages``.
* **data**, the catalog (``tasks/catalog.toml``, plus any fragment a plug-in brings in its ``catalog``):
  prompt text, checklist lines, episodes, frameworks and the combinations that make the levels.

Everything that used to switch on a kind, a family or a language (the guard, ``run_checks``, prompts,
strategies, metrics, the report, the installers) iterates over this registry instead.

Deliberately light: plain dataclasses and the standard library, so the guard
(``python -m decaybench.verifiers``) stays fast. Nothing heavy is imported here.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from decaybench.verifiers.records import Verdict
    from decaybench.verifiers.source import ImportRef, SourceFile, Workspace

CONSTRAINT_GROUP = "decaybench.constraints"
LANGUAGE_GROUP = "decaybench.languages"
BUILTIN_PACKAGES = {CONSTRAINT_GROUP: "decaybench.verifiers.kinds", LANGUAGE_GROUP: "decaybench.verifiers.languages"}
CATALOG_PATH = Path(__file__).resolve().parent.parent / "tasks" / "catalog.toml"
EVIDENCE = ("static", "runtime", "suite")  # what a checker may read besides the code
CATALOG_TABLES = ("languages", "frameworks", "families", "constraints")


class RegistryError(Exception):
    """A plug-in that cannot load, a name registered twice, a catalog that names what nobody registered."""


@dataclass
class Observed:
    """What the evaluation saw besides the code: the databases after the suite (``RuntimeObservation``)
    and the behavioural suite's report (``SuiteReport``). Either is None when not available (the guard)."""

    runtime: Any = None
    suite: Any = None


Checker = Callable[["Workspace", "ConstraintKind", Observed], "Verdict"]


@dataclass(frozen=True, eq=False)
class ConstraintKind:
    """One constraint kind: what a task may prescribe and how a workspace is checked against it.

    ``check(workspace, kind, observed)`` returns a ``decaybench.verifiers.records.Verdict`` whose
    ``verifier`` is the family and ``constraint`` the kind's name. Prompt text, the checklist line and
    the episodes it concerns are catalog data (``[constraints.<name>]``)."""

    name: str  # e.g. "postgres"; also the catalog key and the guard's --constraint value
    family: str  # e.g. "database": a task prescribes at most one kind of a family
    check: Checker
    alias: str = ""  # the value of the guard's family option (--arch clean); "" = the name
    evidence: tuple[str, ...] = ("static",)  # static | runtime (databases after the suite) | suite
    params: Any = None  # whatever the checker needs (e.g. an ORM's tables)
    rules: Mapping[str, str] = field(default_factory=dict)  # rule -> one-line description (SARIF)
    catalog: Mapping[str, Any] | Path | None = None  # catalog data it brings (plug-ins): same tables as catalog.toml
    # "module:attribute" of a decaybench.suite.families.SuiteFamily: the requests added to the suite for
    # tasks carrying the kind (a string, resolved on use, so the guard never imports the suite)
    suite: str = ""

    @property
    def suite_family(self) -> Any:
        """The resolved ``SuiteFamily`` of ``suite``, or None."""
        return _resolve(self.suite) if self.suite else None

    @property
    def static(self) -> bool:
        """Whether the code alone says something (the guard can check it in any repository)."""
        return "static" in self.evidence

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", self.name):
            raise RegistryError(f"constraint kind name {self.name!r}: lower-case letters, digits and _ only")
        unknown = set(self.evidence) - set(EVIDENCE)
        if unknown:
            raise RegistryError(
                f"constraint kind {self.name!r}: unknown evidence {sorted(unknown)} (known: {', '.join(EVIDENCE)})"
            )

    @property
    def option_value(self) -> str:
        """What the guard's family option takes for this kind (``--arch clean``, ``--db postgres``)."""
        return self.alias or self.name


@dataclass(frozen=True, eq=False)
class ManifestReader:
    """A dependency manifest: which file names it covers and how its dependencies are read."""

    pattern: str  # regular expression over the file name (full match)
    read: Callable[[str], dict[str, int]]  # text -> {normalised package name: line}
    # (file name, text) -> the packages declared for development or tests only (devDependencies, ...)
    dev_only: Callable[[str, str], set[str]] = lambda name, text: set()

    def matches(self, name: str) -> bool:
        return re.fullmatch(self.pattern, name) is not None


def _no_reexport(imp: ImportRef, inner: ImportRef) -> bool:
    return False


@dataclass(frozen=True, eq=False)
class LanguageProfile:
    """One language: how its workspaces are read, installed and judged. The ``name`` is also the
    catalog's ``[languages.<name>]`` key and the ``language`` of its parsed source files."""

    name: str  # "python", "node"
    suffixes: frozenset[str]  # source file suffixes, lower case, with the dot
    parse: Callable[[Workspace, list[SourceFile]], None]  # fills imports/calls/strings/classes of its sources
    installer: str  # "module:function", called as (workspace, scratch, cache_dir, log, timeout, *, sandbox)
    package_of: Callable[[ImportRef], str]  # the top-level package an import names
    test_files: str = r"(?!)"  # regular expression over file names: tests, never read
    manifests: tuple[ManifestReader, ...] = ()
    follows_reexport: Callable[[ImportRef, ImportRef], bool] = _no_reexport  # barrel: (import, barrel's import)
    web_frameworks: tuple[str, ...] = ()  # import prefixes that belong only in routes (plus the catalog's `imports`)
    data_access: tuple[str, ...] = ()  # ORM and driver imports a route must not make
    drivers: Mapping[str, str] = field(default_factory=dict)  # imported package -> database engine
    declared_drivers: Mapping[str, str] = field(default_factory=dict)  # manifest package -> engine
    builtin_engines: Mapping[str, str] = field(default_factory=dict)  # engine needing no declared driver -> why
    configured_by_url: frozenset[str] = frozenset()  # packages that connect through DATABASE_URL/settings
    raw_driver_calls: frozenset[str] = frozenset()  # canonical callees that open a raw connection
    other_orms: tuple[str, ...] = ()  # ORMs and query builders that are not any prescribed one
    foreign_model_bases: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # base -> (ORM, as shown)
    # attribute through which another ORM queries -> (that ORM, the package whose import shows it is in use):
    # Django's `Account.objects.filter(...)`, also on models it ships (django.contrib.auth's user)
    foreign_query_attributes: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    catalog: Mapping[str, Any] | Path | None = None  # catalog data it brings (plug-ins)

    def is_test_file(self, name: str) -> bool:
        return re.fullmatch(self.test_files, name) is not None

    def load_installer(self) -> Callable[..., Any]:
        return _resolve(self.installer)


class _Registry:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self._kinds: dict[str, ConstraintKind] = {}
        self._languages: dict[str, LanguageProfile] = {}
        self._suffixes: dict[str, LanguageProfile] = {}
        self._sources: dict[int, str] = {}  # id(object) -> where it came from, for error messages
        self._loaded = False
        self._loading = False
        # Evaluations verify in worker threads: one loads, the others wait for a whole registry. Re-entrant,
        # for a kind's module that asks the registry while it is being loaded (``_loading`` answers it).
        self._load_lock = threading.RLock()
        self._catalog: dict | None = None

    # -- registration -------------------------------------------------------------

    def register(self, obj: Any, source: str = "") -> None:
        """Register a ConstraintKind or LanguageProfile (or an iterable of them). The same object twice is
        a no-op; another object under a taken name is an error. Built-ins are registered first."""
        self._ensure_loaded()
        if isinstance(obj, (ConstraintKind, LanguageProfile)):
            self._add(obj, source)
        elif isinstance(obj, ModuleType):
            pass  # a module that registered its objects on import
        elif isinstance(obj, Iterable) and not isinstance(obj, (str, bytes, Mapping)):
            for item in obj:
                self.register(item, source)
        else:
            raise RegistryError(
                f"{source or 'register()'}: expected a ConstraintKind or LanguageProfile, got {type(obj).__name__}"
            )

    def _add(self, obj: ConstraintKind | LanguageProfile, source: str) -> None:
        table = self._kinds if isinstance(obj, ConstraintKind) else self._languages
        what = "constraint kind" if isinstance(obj, ConstraintKind) else "language"
        existing = table.get(obj.name)
        if existing is obj:
            return
        if existing is not None:
            raise RegistryError(
                f"{what} {obj.name!r} registered twice: by {self._sources.get(id(existing)) or '?'} "
                f"and by {source or '?'}"
            )
        if isinstance(obj, LanguageProfile):
            for suffix in obj.suffixes:
                other = self._suffixes.get(suffix)
                if other is not None:
                    raise RegistryError(f"language {obj.name!r} claims {suffix} files, already {other.name!r}'s")
            self._suffixes.update(dict.fromkeys(obj.suffixes, obj))
        table[obj.name] = obj  # type: ignore[assignment]
        self._sources[id(obj)] = source
        self._catalog = None

    def _ensure_loaded(self) -> None:
        if self._loaded:
            return
        with self._load_lock:
            if self._loaded or self._loading:
                return
            self._loading = True
            try:
                for group in (LANGUAGE_GROUP, CONSTRAINT_GROUP):
                    self._load_builtins(group)
                self._load_plugins()
                self._loaded = True
            finally:
                self._loading = False

    def _load_builtins(self, group: str) -> None:
        package = importlib.import_module(BUILTIN_PACKAGES[group])
        attribute = "KINDS" if group == CONSTRAINT_GROUP else "LANGUAGES"
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            if info.name.startswith("_"):
                continue
            reference = f"{package.__name__}.{info.name}:{attribute}"
            self.register(_resolve(reference), reference)

    def _load_plugins(self) -> None:
        if not _may_declare_plugins():
            return
        from importlib.metadata import entry_points

        found = entry_points()
        for group in (LANGUAGE_GROUP, CONSTRAINT_GROUP):
            for entry in sorted(found.select(group=group), key=lambda e: (e.dist.name if e.dist else "", e.name)):
                where = f"entry point {entry.name!r} ({entry.value}) of {entry.dist.name if entry.dist else '?'}"
                try:
                    loaded = entry.load()
                except Exception as exc:  # a broken plug-in is named, never a traceback
                    raise RegistryError(f"{where} failed to load: {type(exc).__name__}: {exc}") from None
                self.register(loaded, where)

    def _lookup(self, table: dict[str, Any], name: str, what: str) -> Any:
        self._ensure_loaded()
        if name not in table:
            raise RegistryError(f"unknown {what} {name!r} (known: {', '.join(table)})")
        return table[name]

    # -- constraint kinds ---------------------------------------------------------

    def kinds(self) -> tuple[ConstraintKind, ...]:
        self._ensure_loaded()
        return tuple(self._kinds.values())

    def kind(self, name: str) -> ConstraintKind:
        return self._lookup(self._kinds, name, "constraint kind")

    def families(self) -> tuple[str, ...]:
        """Families in the order their first kind was registered: the order of verdicts."""
        return tuple(dict.fromkeys(k.family for k in self.kinds()))

    def kinds_of(self, family: str) -> tuple[ConstraintKind, ...]:
        return tuple(k for k in self.kinds() if k.family == family)

    def ordered(self, kinds: Iterable[ConstraintKind]) -> list[ConstraintKind]:
        """Kinds sorted by family order (architecture, database, orm, then plug-in families)."""
        rank = {family: index for index, family in enumerate(self.families())}
        return sorted(kinds, key=lambda k: rank[k.family])

    # -- languages ----------------------------------------------------------------

    def languages(self) -> tuple[LanguageProfile, ...]:
        self._ensure_loaded()
        return tuple(self._languages.values())

    def language(self, name: str) -> LanguageProfile:
        return self._lookup(self._languages, name, "language")

    def language_for_suffix(self, suffix: str) -> LanguageProfile | None:
        self._ensure_loaded()
        return self._suffixes.get(suffix)

    def web_frameworks(self, language: str) -> tuple[str, ...]:
        """Import prefixes of web frameworks: the language's table plus the catalog frameworks' ``imports``."""
        extra = [
            name
            for data in self.catalog().get("frameworks", {}).values()
            if data.get("language") == language
            for name in data.get("imports", ())
        ]
        return tuple(dict.fromkeys([*self.language(language).web_frameworks, *extra]))

    # -- the catalog --------------------------------------------------------------

    def catalog(self) -> dict:
        """``tasks/catalog.toml`` merged with the catalog data registered kinds and languages bring."""
        self._ensure_loaded()
        if self._catalog is None:
            merged = _read_catalog(CATALOG_PATH)
            registered: list[LanguageProfile | ConstraintKind] = [*self._languages.values(), *self._kinds.values()]
            for obj in registered:
                if obj.catalog is not None:
                    where = self._sources.get(id(obj)) or obj.name
                    fragment = _read_catalog(obj.catalog) if isinstance(obj.catalog, Path) else obj.catalog
                    _merge_catalog(merged, fragment, where)
            self._catalog = merged
        return self._catalog


def _may_declare_plugins() -> bool:
    """Whether an installed distribution might declare a ``decaybench.*`` entry point: a look at the
    ``entry_points.txt`` files of the directories on ``sys.path``, so the guard imports
    ``importlib.metadata`` (which costs about as much as checking a small repository) only when there
    is a plug-in to load. Anything this look cannot read (a zip on ``sys.path``) counts as a maybe."""
    for entry in sys.path:
        directory = entry or "."
        try:
            with os.scandir(directory) as listing:
                names = [e.name for e in listing if e.name.endswith((".dist-info", ".egg-info", ".egg"))]
        except NotADirectoryError:
            return True
        except OSError:
            continue
        for name in names:
            metadata = os.path.join(directory, name, *(("EGG-INFO",) if name.endswith(".egg") else ()))
            try:
                with open(os.path.join(metadata, "entry_points.txt"), encoding="utf-8", errors="replace") as handle:
                    if "[decaybench." in handle.read():
                        return True
            except OSError:
                continue
    return False


def _read_catalog(path: Path) -> dict:
    import tomllib

    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RegistryError(f"cannot read catalog {path}: {exc}") from None


def _merge_catalog(into: dict, fragment: Mapping[str, Any], where: str) -> None:
    for key, value in fragment.items():
        if key == "combinations":
            into.setdefault("combinations", []).extend(list(c) for c in value)
        elif key in CATALOG_TABLES:
            table = into.setdefault(key, {})
            for name, data in value.items():
                if name in table:
                    raise RegistryError(f"{where}: catalog {key}.{name} is already defined")
                table[name] = dict(data)
        else:
            raise RegistryError(
                f"{where}: unknown catalog table {key!r} (known: combinations, {', '.join(CATALOG_TABLES)})"
            )


def _resolve(reference: str) -> Any:
    """``"package.module:attribute"`` -> the object (the entry-point syntax)."""
    module_name, _, attribute = reference.partition(":")
    target: Any = importlib.import_module(module_name)
    for part in filter(None, attribute.split(".")):
        target = getattr(target, part)
    return target


REGISTRY = _Registry()

register = REGISTRY.register
kinds = REGISTRY.kinds
kind = REGISTRY.kind
kinds_of = REGISTRY.kinds_of
families = REGISTRY.families
ordered = REGISTRY.ordered
languages = REGISTRY.languages
language = REGISTRY.language
language_for_suffix = REGISTRY.language_for_suffix
web_frameworks = REGISTRY.web_frameworks
catalog = REGISTRY.catalog


def reset() -> None:
    """Forget everything registered; the next lookup loads built-ins and plug-ins again (tests)."""
    REGISTRY.reset()
