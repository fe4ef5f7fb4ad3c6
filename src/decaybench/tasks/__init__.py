"""The tasks, from data: every framework crossed with every constraint combination (generation
tasks), and every framework crossed with every feature of the catalog (feature tasks), plus the
study's feature tasks once imported (``decaybench tasks import-study``)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from decaybench.tasks.model import TASK_KINDS, Constraint, Family, Feature, Framework, Language, StudySource, Task
from decaybench.verifiers import registry
from decaybench.verifiers.registry import CATALOG_PATH, RegistryError

__all__ = [
    "CATALOG_PATH",
    "TASK_KINDS",
    "UNCONSTRAINED",
    "RegistryError",
    "StudyTaskError",
    "UnknownTaskError",
    "all_tasks",
    "families",
    "feature_task_name",
    "import_study",
    "feature_tasks",
    "features",
    "framework_names",
    "get_task",
    "levels",
    "load_catalog",
    "reset_caches",
    "select_tasks",
    "study_tasks",
    "study_tasks_dir",
    "task_name",
]
UNCONSTRAINED = "unconstrained"


class UnknownTaskError(LookupError):
    """A task, framework or constraint name that the catalog does not know."""


def task_name(framework: str, kinds: list[str]) -> str:
    return "-".join([framework, *kinds]) if kinds else f"{framework}-{UNCONSTRAINED}"


def load_catalog() -> dict:
    """``catalog.toml`` merged with the catalog data of registered plug-ins."""
    return registry.catalog()


_built: dict[str, tuple[dict, object]] = {}  # what was built from which catalog object


def _from_catalog(what: str, build):
    """``build(catalog)``, cached until the catalog changes (a registry reset or a new registration)."""
    catalog = load_catalog()
    seen = _built.get(what)
    if seen is None or seen[0] is not catalog:
        _built[what] = (catalog, build(catalog))
    return _built[what][1]


def families() -> dict[str, Family]:
    """The catalog's constraint families, in catalog order."""
    return _from_catalog(
        "families",
        lambda catalog: {name: Family(name=name, **data) for name, data in catalog.get("families", {}).items()},
    )


def _constraints(catalog: dict, known_families: dict[str, Family]) -> dict[str, Constraint]:
    constraints = {}
    for name, data in catalog.get("constraints", {}).items():
        try:
            kind = registry.kind(name)
        except RegistryError:
            raise RegistryError(
                f"catalog constraint {name!r} has no registered ConstraintKind "
                "(a module in decaybench/verifiers/kinds/ or a decaybench.constraints entry point)"
            ) from None
        family = known_families.get(kind.family)
        if family is None:
            raise RegistryError(
                f"catalog constraint {name!r}: its family {kind.family!r} has no [families.{kind.family}]"
            )
        constraints[name] = Constraint(kind=name, family=kind.family, **{"episodes": family.episodes, **data})
    return constraints


def _framework(
    name: str,
    data: dict,
    known_families: dict[str, Family],
    constraints: dict[str, Constraint],
    languages: dict[str, Language],
) -> Framework:
    kinds = {key: value for key, value in data.items() if key in known_families}
    framework = Framework(name=name, kinds=kinds, **{k: v for k, v in data.items() if k not in known_families})
    if framework.language not in languages:
        raise RegistryError(f"framework {name!r}: unknown language {framework.language!r}")
    for family, kind in kinds.items():
        if kind not in constraints or constraints[kind].family != family:
            raise RegistryError(f"framework {name!r}: {family} = {kind!r} is not a catalog constraint of that family")
    return framework


def _languages(catalog: dict) -> dict[str, Language]:
    return {name: Language(name=name, **data) for name, data in catalog["languages"].items()}


def _build_tasks(catalog: dict) -> list[Task]:
    known_families = families()
    languages = {name: Language(name=name, **data) for name, data in catalog["languages"].items()}
    unregistered = sorted(set(languages) - {profile.name for profile in registry.languages()})
    if unregistered:  # its parser and installer are missing
        raise RegistryError(
            f"catalog language(s) {', '.join(unregistered)} have no registered LanguageProfile "
            "(a module in decaybench/verifiers/languages/ or a decaybench.languages entry point)"
        )
    constraints = _constraints(catalog, known_families)
    tasks = []
    for fw_name, data in catalog["frameworks"].items():
        framework = _framework(fw_name, data, known_families, constraints, languages)
        for combination in catalog["combinations"]:
            kinds = []
            for entry in combination:
                # a family's name stands for the framework's kind of it, unless it names a kind itself
                if entry in framework.kinds:
                    kinds.append(framework.kinds[entry])
                elif entry in known_families and entry not in constraints:
                    raise RegistryError(f"framework {fw_name!r} has no {entry} kind for combination {combination}")
                else:
                    kinds.append(entry)
            unknown = [kind for kind in kinds if kind not in constraints]
            if unknown:
                raise RegistryError(f"combination {combination} names unknown constraint(s): {', '.join(unknown)}")
            chosen = [constraints[kind] for kind in kinds]
            if len({c.family for c in chosen}) < len(chosen):
                raise RegistryError(f"combination {combination} prescribes two kinds of one family")
            tasks.append(
                Task(
                    name=task_name(fw_name, [c.name_part for c in chosen]),
                    framework=framework,
                    language=languages[framework.language],
                    constraints=chosen,
                )
            )
    return tasks


def all_tasks() -> tuple[Task, ...]:
    """The generation tasks (the catalog's frameworks x combinations)."""
    return _from_catalog("tasks", lambda catalog: tuple(_build_tasks(catalog)))


def features() -> dict[str, Feature]:
    """The catalog's features, in catalog order."""
    return _from_catalog(
        "features",
        lambda catalog: {name: Feature(name=name, **data) for name, data in catalog.get("features", {}).items()},
    )


def feature_task_name(framework: str, feature: str, database: str) -> str:
    return f"{framework}-feature-{feature}-{database}"


def _build_feature_tasks(catalog: dict) -> list[Task]:
    """Every framework x feature, from the framework's generation task of ``[feature_tasks]
    combination`` ("database" stands for the database assigned in turn, so each feature and each
    framework gets both; a family's name for the framework's kind of it)."""
    spec = catalog.get("feature_tasks")
    if not spec:
        return []
    unknown = sorted({name for f in features().values() for name in f.includes} - set(features()))
    if unknown:
        raise RegistryError(f"features include unknown feature(s): {', '.join(unknown)}")
    by_framework: dict[str, list[Task]] = {}
    for task in all_tasks():
        by_framework.setdefault(task.framework.name, []).append(task)
    databases = spec["databases"]
    tasks = []
    for i, (fw_name, generation) in enumerate(by_framework.items()):
        framework = generation[0].framework
        for j, feature in enumerate(features().values()):
            database = databases[(i + j) % len(databases)]
            kinds = [framework.kinds.get(entry, entry) for entry in spec["combination"]]
            kinds = [database if entry == "database" else entry for entry in kinds]
            base = next((t for t in generation if sorted(t.constraint_kinds) == sorted(kinds)), None)
            if base is None:
                raise RegistryError(f"feature tasks: {fw_name} has no generation task of {', '.join(kinds)}")
            name = feature_task_name(fw_name, feature.name, database)
            tasks.append(base.model_copy(update={"name": name, "kind": "feature", "feature": feature}))
    return tasks


def feature_tasks() -> tuple[Task, ...]:
    """The feature tasks cut out of the reference solutions, then the imported study tasks."""
    built = _from_catalog("feature_tasks", lambda catalog: tuple(_build_feature_tasks(catalog)))
    return built + tuple(study_tasks())


# --------------------------------------------------------------------------- the study's tasks

STUDY_FIELDS = {  # the study's task files name things in several ways; ours first
    "name": ("name", "id", "task_id", "task"),
    "repository": ("repository", "repository_url", "repo", "repo_url", "url"),
    "commit": ("commit", "sha", "commit_sha", "revision"),
    "patch": ("patch", "patch_file", "removal_patch", "diff"),
    "setup": ("setup", "setup_commands", "install", "install_commands"),
    "run": ("run", "run_command", "start", "start_command"),
    "port": ("port",),
    "base_url": ("base_url", "baseUrl", "api_base_url"),
    "framework": ("framework",),
    "language": ("language",),
    "feature": ("feature", "feature_title", "title"),
    "request": ("request", "description", "prompt", "instructions"),
    "constraints": ("constraints",),
}


class StudyTaskError(ValueError):
    """A study task file that cannot be read as a task; one readable line."""


def study_tasks_dir() -> Path:
    """Where imported study tasks are kept (DECAYBENCH_STUDY_TASKS overrides)."""
    chosen = os.environ.get("DECAYBENCH_STUDY_TASKS")
    return Path(chosen) if chosen else Path.home() / ".local" / "share" / "decaybench" / "study-tasks"


def _field(data: dict, name: str, where: str, *, required: bool = True):
    for key in STUDY_FIELDS[name]:
        if key in data and data[key] not in (None, ""):
            return data[key]
    if required:
        raise StudyTaskError(f"{where}: no {name!r} (also read as: {', '.join(STUDY_FIELDS[name][1:]) or '-'})")
    return None


def study_task_from(data: dict, where: str, patch_dir: Path | None = None) -> Task:
    """A feature task from one study task file's JSON object; ``patch_dir`` resolves a patch given as a file name."""
    import re

    if not isinstance(data, dict):
        raise StudyTaskError(f"{where}: a study task is a JSON object")
    catalog = load_catalog()
    languages = _languages(catalog)
    name = str(_field(data, "name", where))
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name):
        raise StudyTaskError(f"{where}: task name {name!r}: use letters, digits and . _ -")
    fw_name = str(_field(data, "framework", where)).lower()
    known = catalog["frameworks"]
    if fw_name in known:
        framework = _framework(fw_name, known[fw_name], families(), _constraints(catalog, families()), languages)
    else:
        language = str(_field(data, "language", where, required=False) or "")
        if language not in languages:
            raise StudyTaskError(
                f"{where}: framework {fw_name!r} is not in the catalog; give its language ({', '.join(languages)})"
            )
        framework = Framework(
            name=fw_name, display=fw_name, language=language, requirement=f"The codebase uses {fw_name}."
        )
    patch = str(_field(data, "patch", where))
    if not patch.lstrip().startswith(("diff ", "--- ", "From ")):  # a file name, not the diff itself
        path = (patch_dir or Path.cwd()) / patch
        try:
            patch = path.read_text()
        except OSError as exc:
            raise StudyTaskError(f"{where}: cannot read the patch {path}: {exc.strerror or exc}") from None
    try:
        port = int(_field(data, "port", where))
    except (TypeError, ValueError):
        raise StudyTaskError(f"{where}: port must be an integer") from None
    setup = _field(data, "setup", where, required=False) or []
    if isinstance(setup, str):
        setup = [setup]
    constraints = _constraints(catalog, families())
    kinds = _field(data, "constraints", where, required=False) or []
    unknown = [k for k in kinds if k not in constraints]
    if unknown:
        raise StudyTaskError(f"{where}: unknown constraint(s) {', '.join(unknown)}")
    feature = str(_field(data, "feature", where, required=False) or "the missing feature")
    source = StudySource(
        repository=str(_field(data, "repository", where)),
        commit=str(_field(data, "commit", where)),
        patch=patch,
        setup=[str(c) for c in setup],
        run=str(_field(data, "run", where)),
        port=port,
        base_url=str(_field(data, "base_url", where)),
        feature_title=feature,
        request=str(_field(data, "request", where, required=False) or f"Add {feature}."),
    )
    return Task(
        name=f"study-{name}",
        framework=framework,
        language=languages[framework.language],
        constraints=[constraints[k] for k in kinds],
        kind="feature",
        study=source,
    )


def study_tasks(directory: Path | None = None) -> list[Task]:
    """The imported study tasks (each a ``<name>.json`` holding the task as decaybench stores it)."""
    folder = directory or study_tasks_dir()
    if not folder.is_dir():
        return []
    tasks = []
    for path in sorted(folder.glob("*.json")):
        try:
            tasks.append(Task.model_validate_json(path.read_text()))
        except (OSError, ValueError):
            continue  # a damaged file is not a task; `tasks import-study` rewrites it
    return tasks


def import_study(source: Path, into: Path | None = None) -> list[Task]:
    """Read the study's task files (a JSON file, or a directory of them, each one task or a list)
    and keep them as tasks in ``into`` (default: study_tasks_dir()); returns the imported tasks."""
    files = sorted(source.rglob("*.json")) if source.is_dir() else [source]
    if not files:
        raise StudyTaskError(f"{source}: no .json task files")
    tasks = []
    for path in files:
        try:
            document = json.loads(path.read_text())
        except (OSError, ValueError) as exc:
            raise StudyTaskError(f"{path}: not readable JSON ({exc})") from None
        entries = document if isinstance(document, list) else document.get("tasks", [document])
        for k, entry in enumerate(entries):
            tasks.append(study_task_from(entry, f"{path.name}[{k}]" if len(entries) > 1 else path.name, path.parent))
    target = into or study_tasks_dir()
    target.mkdir(parents=True, exist_ok=True)
    for task in tasks:
        (target / f"{task.name}.json").write_text(task.model_dump_json(indent=1))
    return tasks


def levels() -> list[int]:
    """The levels the catalog's combinations make (0 = unconstrained ... the top level)."""
    return sorted({len(combination) for combination in load_catalog()["combinations"]})


def reset_caches() -> None:
    """Forget every registration, the catalog and the tasks built from it (tests, plug-ins installed meanwhile)."""
    registry.reset()
    _built.clear()


def framework_names() -> list[str]:
    return list(load_catalog()["frameworks"])


def get_task(name: str) -> Task:
    for task in (*all_tasks(), *feature_tasks()):
        if task.name == name:
            return task
    raise UnknownTaskError(f"unknown task {name!r} (see `decaybench tasks` for the list)")


def select_tasks(
    *,
    frameworks: list[str] | None = None,
    tasks: list[str] | None = None,
    levels: list[int] | None = None,
    languages: list[str] | None = None,
    kind: str | None = None,
    features: list[str] | None = None,
) -> list[Task]:
    """Tasks matching every given filter, in catalog order; unknown names raise UnknownTaskError.
    ``kind``: "generation", "feature" or "all"; None means the named ``tasks`` whatever their
    kind, else the generation tasks."""
    known = framework_names()
    for fw in frameworks or []:
        if fw not in known and not (kind == "feature" and any(t.framework.name == fw for t in study_tasks())):
            raise UnknownTaskError(f"unknown framework {fw!r} (known: {', '.join(known)})")
    if kind not in (None, "all", *TASK_KINDS):
        raise UnknownTaskError(f"unknown task kind {kind!r} (known: {', '.join(TASK_KINDS)}, all)")
    known_features = _known_features()
    for name in features or []:
        if name not in known_features:
            raise UnknownTaskError(f"unknown feature {name!r} (known: {', '.join(known_features)})")
    if tasks:
        wanted = [get_task(name) for name in tasks]
    elif kind == "feature":
        wanted = list(feature_tasks())
    elif kind == "all":
        wanted = [*all_tasks(), *feature_tasks()]
    else:
        wanted = list(all_tasks())
    return [
        t
        for t in wanted
        if (not frameworks or t.framework.name in frameworks)
        and (not levels or t.level in levels)
        and (not languages or t.framework.language in languages)
        and (kind in (None, "all") or t.kind == kind)
        and (not features or (t.feature is not None and t.feature.name in features))
    ]


def _known_features() -> list[str]:
    """The catalog's feature names (select_tasks' ``features`` parameter hides the function)."""
    return list(features())
