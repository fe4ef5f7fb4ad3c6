"""The task matrix: every framework crossed with every constraint combination, from data."""

from __future__ import annotations

from decaybench.tasks.model import Constraint, Family, Framework, Language, Task
from decaybench.verifiers import registry
from decaybench.verifiers.registry import CATALOG_PATH, RegistryError

__all__ = [
    "CATALOG_PATH",
    "UNCONSTRAINED",
    "RegistryError",
    "UnknownTaskError",
    "all_tasks",
    "families",
    "framework_names",
    "get_task",
    "levels",
    "load_catalog",
    "reset_caches",
    "select_tasks",
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
    return _from_catalog("tasks", lambda catalog: tuple(_build_tasks(catalog)))


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
    for task in all_tasks():
        if task.name == name:
            return task
    raise UnknownTaskError(f"unknown task {name!r} (see `decaybench tasks` for the list)")


def select_tasks(
    *,
    frameworks: list[str] | None = None,
    tasks: list[str] | None = None,
    levels: list[int] | None = None,
    languages: list[str] | None = None,
) -> list[Task]:
    """Tasks matching every given filter, in catalog order; unknown names raise UnknownTaskError."""
    known = framework_names()
    for fw in frameworks or []:
        if fw not in known:
            raise UnknownTaskError(f"unknown framework {fw!r} (known: {', '.join(known)})")
    wanted = [get_task(name) for name in tasks] if tasks else list(all_tasks())
    return [
        t
        for t in wanted
        if (not frameworks or t.framework.name in frameworks)
        and (not levels or t.level in levels)
        and (not languages or t.framework.language in languages)
    ]
