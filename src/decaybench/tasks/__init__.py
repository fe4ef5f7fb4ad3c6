"""The task matrix: every framework crossed with every constraint combination, from data."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from decaybench.tasks.model import Constraint, Framework, LanguageProfile, Task

CATALOG_PATH = Path(__file__).with_name("catalog.toml")
UNCONSTRAINED = "unconstrained"


class UnknownTaskError(LookupError):
    """A task, framework or constraint name that the catalog does not know."""


def task_name(framework: str, kinds: list[str]) -> str:
    return "-".join([framework, *kinds]) if kinds else f"{framework}-{UNCONSTRAINED}"


@lru_cache(maxsize=1)
def load_catalog(path: Path = CATALOG_PATH) -> dict:
    with open(path, "rb") as handle:
        return tomllib.load(handle)


def _build_tasks(catalog: dict) -> list[Task]:
    languages = {name: LanguageProfile(name=name, **data) for name, data in catalog["languages"].items()}
    constraints = {kind: Constraint(kind=kind, **data) for kind, data in catalog["constraints"].items()}
    tasks = []
    for fw_name, data in catalog["frameworks"].items():
        framework = Framework(name=fw_name, **data)
        for combination in catalog["combinations"]:
            kinds = [framework.orm if kind == "orm" else kind for kind in combination]
            tasks.append(
                Task(
                    name=task_name(fw_name, kinds),
                    framework=framework,
                    language=languages[framework.language],
                    constraints=[constraints[kind] for kind in kinds],
                )
            )
    return tasks


@lru_cache(maxsize=1)
def all_tasks() -> tuple[Task, ...]:
    return tuple(_build_tasks(load_catalog()))


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
