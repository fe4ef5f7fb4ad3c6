"""The Node reference solutions as assembled files: manifests, engine separation, syntax.
(Serving them through the whole pipeline is test_gold.py; all 40 tasks: benchmarks.)"""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from decaybench.agents.reference import assemble
from decaybench.runtime.node import find_node
from decaybench.tasks import get_task

FRAMEWORK_DEPENDENCIES = {
    "express": {"express"},
    "fastify": {"fastify"},
    "hono": {"hono", "@hono/node-server"},
    "koa": {"koa", "@koa/router", "@koa/bodyparser"},
}
DATABASE_DEPENDENCIES = {"sqlite": {"sqlite3"}, "postgres": {"pg", "pg-hstore"}}
OTHER_ENGINE = {"sqlite": re.compile(r"postgres|\bpg\b|pg-hstore", re.I), "postgres": re.compile(r"sqlite", re.I)}


@pytest.mark.parametrize("database", ["sqlite", "postgres"])
@pytest.mark.parametrize("framework", sorted(FRAMEWORK_DEPENDENCIES))
def test_assembled_reference(framework, database, tmp_path):
    assemble(get_task(f"{framework}-clean_architecture-{database}-sequelize"), tmp_path)
    manifest = json.loads((tmp_path / "package.json").read_text())
    expected = {"sequelize", "jsonwebtoken"} | FRAMEWORK_DEPENDENCIES[framework] | DATABASE_DEPENDENCIES[database]
    assert set(manifest["dependencies"]) == expected
    assert (tmp_path / "run.sh").stat().st_mode & 0o111
    assert "exec node src/server.js" in (tmp_path / "run.sh").read_text()
    for layer in ("models", "repositories", "services", "routes"):
        assert any((tmp_path / "src" / layer).glob("*.js")), layer

    sources = [p for p in tmp_path.rglob("*") if p.is_file()]
    for path in sources:
        mentions = OTHER_ENGINE[database].findall(path.read_text())
        assert not mentions, f"{path.relative_to(tmp_path)} mentions {mentions} in a {database} solution"

    # Layer rules the architecture verifier enforces, checked here on the text for fast feedback.
    for path in (tmp_path / "src" / "routes").glob("*.js"):
        assert not re.search(r"require\(['\"]\.\./(repositories|models)", path.read_text()), path.name
    for path in (tmp_path / "src" / "services").glob("*.js"):
        text = path.read_text()
        assert not re.search(r"require\(['\"](express|fastify|hono|koa|@koa/|@hono/)", text), path.name
        assert not re.search(r"require\(['\"]\.\./(repositories|models|routes)", text), path.name
    for path in (tmp_path / "src" / "repositories").glob("*.js"):
        assert ".query(" not in path.read_text(), path.name

    node = find_node()
    if node is None:
        pytest.skip("no Node.js for the syntax check")
    # One Node process compiles every module as CommonJS (a syntax check, nothing runs).
    files = [str(p) for p in (tmp_path / "src").rglob("*.js")]
    script = (
        "const fs = require('fs'), vm = require('vm');"
        "for (const f of process.argv.slice(1)) vm.compileFunction(fs.readFileSync(f, 'utf8'),"
        " ['exports', 'require', 'module', '__filename', '__dirname'], { filename: f });"
    )
    checked = subprocess.run([str(node.node), "-e", script, *files], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    assert len(files) >= 18


def test_tasks_without_database_constraint_use_sqlite(tmp_path):
    assemble(get_task("express-clean_architecture"), tmp_path)
    manifest = json.loads((tmp_path / "package.json").read_text())
    assert "sqlite3" in manifest["dependencies"] and "pg" not in manifest["dependencies"]
