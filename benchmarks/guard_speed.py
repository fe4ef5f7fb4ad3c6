"""How fast is the guard on a 200-file repository? In-process ``verify`` and the CLI as a subprocess.

Builds two repositories of 200 source files (``--files N`` for another size; Python + SQLAlchemy,
TypeScript + Sequelize; four layers, ~60 lines a file, a few violations) in a temporary directory
and times:
  * in-process ``verify`` (all three verifiers), first call and warm median;
  * ``python -m decaybench.verifiers.cli verify`` as a subprocess (the guard's own entry point);
  * ``decaybench verify`` as a subprocess (the full application, all commands registered).
Target: <= 300 ms for ``decaybench verify`` as a whole process. It also prints the imports that
cost most. Run: ``uv run python benchmarks/guard_speed.py [--runs N] [--files N]``.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

TARGET_MS = 300.0
LAYERS = ("routes", "services", "repositories", "models")


def build_python(root: Path, files: int = 50) -> None:
    root.mkdir(parents=True)
    (root / "requirements.txt").write_text("flask\nsqlalchemy\npsycopg[binary]\n")
    (root / "app").mkdir()
    (root / "app" / "__init__.py").write_text("")
    (root / "app" / "main.py").write_text(
        "import os\nfrom flask import Flask\nfrom sqlalchemy import create_engine\n\n"
        "engine = create_engine(os.environ['DATABASE_URL'])\napp = Flask(__name__)\n"
    )
    per_layer = (files - 2) // 4
    for layer_index, layer in enumerate(LAYERS):
        directory = root / "app" / layer
        directory.mkdir()
        for i in range(per_layer + (1 if layer_index < (files - 2) % 4 else 0)):
            lines = [f'"""{layer} module {i}."""', "from __future__ import annotations", ""]
            if layer == "routes":
                lines += ["from flask import Blueprint, jsonify", f"from app.services.s{i} import Service{i}"]
            elif layer == "services":
                lines += [f"from app.repositories.r{i} import Repository{i}", f"from app.models.m{i} import Model{i}"]
                if i == 3:
                    lines += ["from flask import abort  # violation: framework leakage"]
            elif layer == "repositories":
                lines += ["from sqlalchemy import select, text", f"from app.models.m{i} import Model{i}"]
            else:
                lines += [
                    "from sqlalchemy import Column, Integer, String",
                    "from sqlalchemy.orm import declarative_base",
                    "Base = declarative_base()",
                ]
            lines += [""]
            name = {"routes": "Route", "services": "Service", "repositories": "Repository", "models": "Model"}[layer]
            lines += [f"class {name}{i}{'(Base)' if layer == 'models' else ''}:"]
            if layer == "models":
                lines += [
                    f"    __tablename__ = 't{i}'",
                    "    id = Column(Integer, primary_key=True)",
                    "    name = Column(String(80))",
                ]
            for method in range(12):
                lines += [
                    f"    def method_{method}(self, value: int) -> int:",
                    f"        total = value + {method}",
                    "        for step in range(3):",
                    "            total += step * 2",
                    "        return total",
                ]
            if layer == "repositories":
                query = "text('SELECT * FROM t1')" if i == 5 else f"select(Model{i})"
                lines += ["", "    def load(self, session):", f"        return session.execute({query}).all()"]
            (directory / f"{layer[0]}{i}.py").write_text("\n".join(lines) + "\n")


def build_typescript(root: Path, files: int = 50) -> None:
    root.mkdir(parents=True)
    (root / "package.json").write_text(
        '{"name": "bench", "dependencies": {"express": "^4", "sequelize": "^6", "pg": "^8"}}\n'
    )
    (root / "src").mkdir()
    (root / "src" / "server.ts").write_text(
        "import express from 'express';\nimport { router } from './routes/r0.js';\n"
        "const app = express();\napp.use(router);\napp.listen(Number(process.env.PORT));\n"
    )
    (root / "src" / "db.ts").write_text(
        "import { Sequelize } from 'sequelize';\n"
        "export const sequelize = new Sequelize(process.env.DATABASE_URL as string, { dialect: 'postgres' });\n"
    )
    per_layer = (files - 2) // 4
    for layer_index, layer in enumerate(LAYERS):
        directory = root / "src" / layer
        directory.mkdir()
        for i in range(per_layer + (1 if layer_index < (files - 2) % 4 else 0)):
            lines = [f"// {layer} module {i}"]
            if layer == "routes":
                lines += [
                    "import { Router } from 'express';",
                    f"import {{ service{i} }} from '../services/s{i}.js';",
                    "export const router = Router();",
                ]
            elif layer == "services":
                lines += [
                    f"import * as repo from '../repositories/r{i}.js';",
                    f"import type {{ Model{i} }} from '../models/m{i}.js';",
                ]
                lines += [f"export const service{i} = {{ repo }};"]
            elif layer == "repositories":
                lines += [f"import {{ Model{i} }} from '../models/m{i}.js';", "import { sequelize } from '../db.js';"]
                if i == 2:
                    lines += [
                        "export const raw = () => sequelize.query('SELECT 1 FROM t');",
                        "export const bad = () => sequelize.query('SELECT * FROM users');",
                    ]
            else:
                lines += [
                    "import { DataTypes, Model } from 'sequelize';",
                    "import { sequelize } from '../db.js';",
                    f"export class Model{i} extends Model {{}}",
                    f"Model{i}.init({{ name: DataTypes.STRING }}, {{ sequelize }});",
                ]
            for fn in range(12):
                lines += [
                    f"export function helper{i}_{fn}(value: number): number {{",
                    f"  let total = value + {fn};",
                    "  for (let step = 0; step < 3; step += 1) total += step * 2;",
                    "  return total;",
                    "}",
                ]
            (directory / f"{layer[0]}{i}.ts").write_text("\n".join(lines) + "\n")


def _time_in_process(workspace: Path, flags: dict, runs: int) -> list[tuple[str, float, float]]:
    from decaybench.verifiers import ConstraintSpec, verify

    spec = ConstraintSpec(**flags)
    wall, cpu = time.perf_counter(), time.process_time()
    verify(workspace, spec)
    first = ((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        verify(workspace, spec)
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return [
        ("in-process verify, first call", *first),
        ("in-process verify, warm", statistics.median(walls), statistics.median(cpus)),
    ]


def _time_subprocess(argv: list[str], runs: int, env: dict | None = None) -> tuple[float, float, int]:
    """Median wall time and median CPU time (user+sys of the child) in ms, and the exit code.

    CPU time is reported because this 2-core machine is often shared: wall time then measures
    the queue, CPU time what the guard itself costs."""
    walls, cpus, code = [], [], None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        code = subprocess.run(argv, capture_output=True, env=env).returncode
        walls.append((time.perf_counter() - started) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    return statistics.median(walls), statistics.median(cpus), code


def _costliest_imports(argv: list[str], env: dict, top: int = 6) -> str:
    """Packages by cumulative import time (ms), wherever first imported, in one run of ``argv``
    (a ``python -m`` command) under ``-X importtime``; decaybench's own modules are left out."""
    stderr = subprocess.run([sys.executable, "-X", "importtime", *argv[1:]], capture_output=True, text=True, env=env)
    rows = []
    for line in stderr.stderr.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            _, cumulative, name = line.split("|")
            name = name.strip()
            if "." not in name and name != "decaybench" and cumulative.strip().isdigit():
                rows.append((int(cumulative) / 1000, name))
    return ", ".join(f"{name} {ms:.0f}" for ms, name in sorted(rows, reverse=True)[:top])


def _option(name: str, default: int) -> int:
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def main() -> None:
    runs = _option("--runs", 7)
    files = _option("--files", 200)
    console = Console()
    load = os.getloadavg()[0]
    table = Table(
        title=f"Guard speed on {files}-file repositories (median of {runs}; target <= {TARGET_MS:.0f} ms; "
        f"load average {load:.1f} on {os.cpu_count()} cores)"
    )
    for column in ("repository", "measure", "wall ms", "CPU ms", "exit", "within target"):
        table.add_column(column, justify="left" if column in ("repository", "measure") else "right")
    script = Path(sys.executable).parent / "decaybench"
    imports: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        repos = {
            "python (flask+sqlalchemy)": (
                build_python,
                {"architecture": "clean", "database": "postgres", "orm": "sqlalchemy"},
            ),
            "typescript (express+sequelize)": (
                build_typescript,
                {"architecture": "clean", "database": "postgres", "orm": "sequelize"},
            ),
        }
        for label, (build, flags) in repos.items():
            workspace = Path(tmp) / label.split()[0]
            build(workspace, files)
            count = sum(1 for p in workspace.rglob("*") if p.suffix in (".py", ".ts"))
            rows = [
                (f"{name} ({count} files)", wall, cpu, "-")
                for name, wall, cpu in _time_in_process(workspace, flags, runs)
            ]
            cli_flags = ["--arch", "clean", "--db", flags["database"], "--orm", flags["orm"]]
            commands = {"subprocess: python -m decaybench.verifiers": [sys.executable, "-m", "decaybench.verifiers"]}
            if script.exists():
                commands["subprocess: decaybench verify"] = [str(script)]
            cached_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            # An empty cache prefix, never written to: every module compiled from source at every start,
            # as on a first run or where PYTHONDONTWRITEBYTECODE keeps the cache from being written.
            uncached_env = dict(cached_env, PYTHONPYCACHEPREFIX=str(Path(tmp) / "empty"), PYTHONDONTWRITEBYTECODE="1")
            for name, prefix in commands.items():
                argv = [*prefix, "verify", str(workspace), *cli_flags, "--json"]
                wall, cpu, code = _time_subprocess(argv, runs, uncached_env)
                rows.append((f"{name} [no bytecode cache]", wall, cpu, str(code)))
                subprocess.run(argv, capture_output=True, env=cached_env)  # writes the bytecode cache
                wall, cpu, code = _time_subprocess(argv, runs, cached_env)
                rows.append((f"{name} [bytecode cached]", wall, cpu, str(code)))
            imports[label] = _costliest_imports(
                [sys.executable, "-m", "decaybench", "verify", str(workspace), *cli_flags, "--json"], cached_env
            )
            for measure, wall, cpu, code in rows:
                ok = (
                    "[green]yes[/]"
                    if wall <= TARGET_MS
                    else ("[yellow]CPU only[/]" if cpu <= TARGET_MS else "[red]no[/]")
                )
                table.add_row(label, escape(measure), f"{wall:.0f}", f"{cpu:.0f}", code, ok)
            table.add_section()
    console.print(table)
    for label, costliest in imports.items():
        console.print(f"costliest imports of `decaybench verify` on {label} (cumulative ms): {escape(costliest)}")


if __name__ == "__main__":
    main()
