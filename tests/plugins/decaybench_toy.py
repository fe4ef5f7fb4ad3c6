"""A toy plug-in, as another package would ship it (tests/plugins is put on sys.path with its dist-info).

* ``license_file``: a constraint kind of a new family, ``licensing``: a LICENSE file at the workspace
  root. It brings its catalog data (prompt section, checklist line, episodes, one more combination,
  so a level-4 task per framework).
* ``toylang``: a language whose ``.toy`` files import each other with ``use path/to/file`` lines.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from decaybench.verifiers.records import Evidence, Verdict, Violation
from decaybench.verifiers.registry import ConstraintKind, LanguageProfile


def check_license(ws, kind, observed):
    found = [name for name in ("LICENSE", "LICENSE.md", "COPYING") if (ws.root / name).is_file()]
    if found:
        return Verdict(
            verifier=kind.family,
            constraint=kind.name,
            compliant=True,
            summary=f"{found[0]} present",
            evidence=[Evidence(file=found[0], construct=found[0], reason="a license file at the root")],
        )
    return Verdict(
        verifier=kind.family,
        constraint=kind.name,
        compliant=False,
        summary="no license file",
        evidence=[Evidence(file="", construct="no LICENSE, LICENSE.md or COPYING", reason="looked at the root")],
        violations=[Violation(rule="no-license", message="no LICENSE file at the workspace root")],
    )


LICENSE_FILE = ConstraintKind(
    name="license_file",
    family="licensing",
    check=check_license,
    rules={"no-license": "No LICENSE file at the workspace root."},
    catalog={
        "families": {"licensing": {"episodes": ["wiring"]}},
        "constraints": {
            "license_file": {
                "title": "License file",
                "prompt": "Put the MIT license, with this year and the name Conduit, in a `LICENSE` file at the workspace root.",
                "checklist": "A `LICENSE` file (MIT) at the workspace root.",
            }
        },
        "combinations": [["clean_architecture", "postgres", "orm", "license_file"]],
    },
)


def parse_toy(ws, sources):
    from decaybench.verifiers.source import ImportRef

    for source in sources:
        for number, line in enumerate(source.text.splitlines(), start=1):
            if line.startswith("use "):
                spec = line[4:].strip()
                target = str(PurePosixPath(spec).with_suffix(".toy"))
                inside = target in ws.files
                source.imports.append(
                    ImportRef(
                        source.rel,
                        number,
                        spec,
                        "import",
                        targets=[target] if inside else [],
                        external=None if inside else spec.split("/")[0],
                    )
                )


TOYLANG = LanguageProfile(
    name="toylang",
    suffixes=frozenset({".toy"}),
    parse=parse_toy,
    installer="decaybench_toy:install_toy",
    package_of=lambda imp: imp.external or "",
    web_frameworks=("toyweb",),
)


def install_toy(workspace, scratch, cache_dir, log_path, timeout, *, sandbox=None):
    raise NotImplementedError("toylang workspaces are never installed in the tests")
