"""The HTML report in a real headless Chromium (Debian's, driven by Playwright): it renders without
script errors or network, its plots are visible, and a run opens in the viewer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright
from test_report import make_app
from typer.testing import CliRunner

from decaybench.agents.base import AgentConfig
from decaybench.analysis.store import ResultStore
from decaybench.runtime.model import RunResult, StageResult
from decaybench.suite.model import AssertionResult, RequestRecord, SuiteReport
from decaybench.verifiers.model import Verdict, Violation

pytestmark = pytest.mark.slow  # needs Chromium, which scripts/setup.sh installs (make test), not make test-fast

FAILING = "flask-clean_architecture-sqlite-sqlalchemy"


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    assert found, "no Chromium on PATH: scripts/setup.sh installs Debian's chromium (apt-get install chromium)"
    return found


def _suite() -> SuiteReport:
    return SuiteReport(
        base_url="http://127.0.0.1:1/api",
        requests=[RequestRecord(id="articles.create", method="POST", path="/api/articles", status=500)],
        assertions=[
            AssertionResult(
                id="register.status",
                request="register",
                description="status is 201",
                passed=True,
                expected=201,
                actual=201,
            ),
            AssertionResult(
                id="articles.create.status",
                request="articles.create",
                description="status is 201",
                passed=False,
                expected=201,
                actual=500,
            ),
            AssertionResult(
                id="articles.create.article.slug.type",
                request="articles.create",
                description="article.slug is a string",
                passed=False,
                expected="a string",
                actual="unreachable: article: field missing",
            ),
        ],
    )


@pytest.fixture(scope="module")
def report_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("html")
    store = ResultStore(root / "results")
    config = AgentConfig(agent="mini", model="m", name="baseline")
    store.save_config(config)
    for level, constraints in ((0, []), (1, ["sqlite"]), (3, ["clean_architecture", "sqlite", "sqlalchemy"])):
        task = "-".join(["flask", *constraints]) if constraints else "flask-unconstrained"
        failing = task == FAILING
        result = RunResult(
            run_id=f"{config.config_id}/{task}/0",
            config_id=config.config_id,
            task=task,
            framework="flask",
            level=level,
            constraints=constraints,
            run_index=0,
            status="completed",
            stages=[
                StageResult(name="agent", status="ok", duration_s=12.5),
                StageResult(name="install", status="ok", duration_s=3.25),
                StageResult(
                    name="tests",
                    status="failed" if failing else "ok",
                    duration_s=1.5,
                    detail="2 assertions failed" if failing else "",
                ),
            ],
            assertions_total=3,
            assertions_passed=1 if failing else 3,
            verdicts=[
                Verdict(
                    verifier=k,
                    constraint=k,
                    compliant=not (failing and k == "clean_architecture"),
                    violations=[
                        Violation(
                            rule="upward-import",
                            message="services import the web framework",
                            file="services/articles.py",
                            line=7,
                        )
                    ]
                    if failing and k == "clean_architecture"
                    else [],
                )
                for k in constraints
            ],
        )
        store.save(
            result,
            files={
                "suite.json": _suite().model_dump_json(),
                "workspace.diff": "--- /dev/null\n+++ b/app.py\n+from flask import Flask\n+</script><b>not markup</b>\n",
                "logs/server.log": "Traceback (most recent call last):\nsqlite3.OperationalError: no such column: articles.slug\n"
                if failing
                else "",
                "agent/trajectory.json": '{"episodes": [{"name": "implement", "steps": 3}]}',
            },
        )
    page = root / "report.html"
    result = CliRunner(env={"COLUMNS": "100"}).invoke(
        make_app(), ["report", "--results", str(root / "results"), "--html", str(page)]
    )
    assert result.exit_code == 0, result.output
    return page


def test_report_renders_plots_and_opens_a_run(report_page: Path, tmp_path: Path) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            script_errors: list[str] = []
            outside: list[str] = []
            page.on("pageerror", lambda error: script_errors.append(str(error)))
            page.on(
                "request", lambda request: outside.append(request.url) if not request.url.startswith("file:") else None
            )
            page.goto(report_page.as_uri())
            assert page.title().startswith("decaybench report")
            # the plots: visible, of real size, drawn (paths inside the SVG)
            for key in ("decay", "frameworks", "verifiers", "taxonomy"):
                plot = page.locator(f"#plot-{key} svg")
                assert plot.is_visible(), key
                box = plot.bounding_box()
                assert box is not None and box["width"] > 300 and box["height"] > 100, (key, box)
                assert page.locator(f"#plot-{key} svg path").count() > 5, key
            assert page.locator("#table1 td", has_text="L3").count() >= 1
            assert page.locator("#table2a td", has_text="sqlite").count() >= 1
            # open the failing run by clicking its row
            assert not page.locator("#run-viewer").is_visible()
            page.locator("#runs tbody tr", has_text=FAILING).click()
            viewer = page.locator("#run-viewer")
            viewer.locator("#run-title").wait_for()
            assert viewer.is_visible() and FAILING in viewer.locator("#run-title").inner_text()
            text = viewer.inner_text()
            assert "Data layer: query composition" in text and "no such column" in text  # the taxonomy's label
            assert "agent" in text and "12.50" in text  # stages with timings
            group = viewer.locator("details.request", has_text="articles.create")
            assert "POST /api/articles" in group.inner_text() and "(2 failed)" in group.inner_text()
            group.locator("summary").click()
            assert "unreachable: article: field missing" in group.inner_text()  # expected vs actual
            assert "services/articles.py:7" in text and "VIOLATED" in text  # verdict with file:line
            diff = viewer.locator("pre.diff")
            assert "</script><b>not markup</b>" in diff.inner_text()  # shown as text, not executed
            # a run opens from the address too
            page.goto(report_page.as_uri() + "#run=" + "mini--m/flask-sqlite/0")
            page.locator("#run-title", has_text="flask-sqlite/0").wait_for()
            page.screenshot(path=str(tmp_path / "viewer.png"))
            assert (tmp_path / "viewer.png").stat().st_size > 10_000
            assert script_errors == [] and outside == []
        finally:
            browser.close()
