"""The report's filters (--config/--name, --framework, --task, --level): an unknown value is an error
naming what exists, never a silently empty report."""

from __future__ import annotations

from collections.abc import Sequence

from decaybench.analysis.store import ResultStore
from decaybench.runtime.model import RunResult


class FilterError(ValueError):
    """A filter value that neither the catalog nor the stored runs know; one readable line."""


def _known(what: str, values: Sequence[str], known: set[str]) -> None:
    unknown = [v for v in values if v not in known]
    if unknown:
        listing = ", ".join(sorted(known)[:12]) + (" ..." if len(known) > 12 else "")
        raise FilterError(f"unknown {what} {', '.join(map(repr, unknown))} (known: {listing or 'none'})")


def _catalog() -> tuple[set[str], set[str], set[int]]:
    """Frameworks, tasks and levels of the task catalog (empty when the catalog cannot be read)."""
    from decaybench import tasks as catalog

    try:
        return (
            set(catalog.framework_names()),
            {t.name for t in catalog.all_tasks()},
            set(catalog.levels()),
        )
    except Exception:  # a broken plug-in must not stop a report of stored results
        return set(), set(), set()


def select_runs(
    store: ResultStore,
    *,
    configs: Sequence[str] | None = None,
    frameworks: Sequence[str] | None = None,
    tasks: Sequence[str] | None = None,
    levels: Sequence[int] | None = None,
) -> list[RunResult]:
    """The stored runs matching every filter; a configuration is named by id or --name label."""
    stored = store.results()
    catalog_frameworks, catalog_tasks, catalog_levels = _catalog()
    labels = {c.name: c.config_id for c in store.configs() if c.name}
    config_ids = {r.config_id for r in stored} | set(labels.values())
    wanted_configs: set[str] = set()
    for value in configs or []:
        if value in labels:
            wanted_configs.add(labels[value])
        elif value in config_ids:
            wanted_configs.add(value)
        else:
            names = sorted(config_ids | set(labels))
            raise FilterError(f"unknown configuration {value!r} (stored ids and names: {', '.join(names) or 'none'})")
    _known("framework", frameworks or [], catalog_frameworks | {r.framework for r in stored})
    _known("task", tasks or [], catalog_tasks | {r.task for r in stored})
    known_levels = catalog_levels | {r.level for r in stored}
    unknown_levels = [level for level in levels or [] if level not in known_levels]
    if unknown_levels:
        raise FilterError(
            f"unknown level(s) {', '.join(map(str, unknown_levels))} (known: {', '.join(map(str, sorted(known_levels)))})"
        )
    return [
        r
        for r in stored
        if (not wanted_configs or r.config_id in wanted_configs)
        and (not frameworks or r.framework in frameworks)
        and (not tasks or r.task in tasks)
        and (levels is None or not levels or r.level in levels)
    ]
