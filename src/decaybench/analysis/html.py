"""`report --html FILE`: one self-contained page with the study's tables, plots and a run viewer.

Nothing is fetched at view time: the plots are inline SVG drawn by matplotlib, the styles and the
script are inline, and every run's record travels as JSON inside the page. The run viewer shows
a run's stages with timings, its failing assertions grouped by request (expected vs actual), the
verifiers' verdicts with file:line evidence, the workspace diff and the agent's trajectory.
A run opens by clicking its row or from the address (``report.html#run=<run id>``).
"""

from __future__ import annotations

import html
import io
import json
from collections import defaultdict
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display: figures are drawn to SVG text
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from decaybench.analysis.metrics import GroupMetrics, MetricsReport  # noqa: E402
from decaybench.analysis.store import ResultStore  # noqa: E402
from decaybench.analysis.tables import StudyTable, config_labels, study_tables  # noqa: E402
from decaybench.analysis.taxonomy import CATEGORIES, category_title  # noqa: E402
from decaybench.runtime.model import RunResult  # noqa: E402

DIFF_LIMIT = 60_000  # characters of a workspace diff kept in the page
TRAJECTORY_LIMIT = 40_000
LOG_LIMIT = 8_000
MAX_FAILING_PER_REQUEST = 12


# -- plots --------------------------------------------------------------------------


def _value(x: float | None) -> float:
    """A figure for a plot: a missing one is NaN (a gap), never zero."""
    return float("nan") if x is None else float(x)


def _ci_bounds(g: GroupMetrics) -> tuple[float, float]:
    """The strict A% interval clipped to 0..100 (the mean alone when there is no interval)."""
    e = g.strict_ci
    low = e.ci_low if e and e.ci_low is not None else g.mean_strict
    high = e.ci_high if e and e.ci_high is not None else g.mean_strict
    return max(0.0, _value(low)), min(100.0, _value(high))


def _svg(figure: Figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight")
    plt.close(figure)
    text = buffer.getvalue()
    return text[text.index("<svg") :]  # drop the XML prologue and doctype: the SVG sits inside HTML


def _sem(g: GroupMetrics) -> float | None:
    return g.strict_ci.sem if g.strict_ci is not None and g.strict_ci.sem is not None else 0.0


def decay_plot(report: MetricsReport) -> str:
    """Strict A% by level, one line per configuration, with its 95% CI band over tasks."""
    labels = config_labels(report)
    figure, axis = plt.subplots(figsize=(6.4, 3.6))
    for config_id in report.config_ids:
        groups = sorted(
            (int(g.group[1:]), g) for g in report.by_level if g.config_id == config_id and g.mean_strict is not None
        )
        if not groups:
            continue
        xs = [level for level, _ in groups]
        ys = [_value(g.mean_strict) for _, g in groups]
        bounds = [_ci_bounds(g) for _, g in groups]
        line = axis.plot(xs, ys, marker="o", label=labels[config_id])[0]
        axis.fill_between(xs, [b[0] for b in bounds], [b[1] for b in bounds], alpha=0.18, color=line.get_color())
    axis.set_xticks(report.levels, [f"L{level}" for level in report.levels])
    axis.set_ylim(0, 105)
    axis.set_xlabel("constraint level")
    axis.set_ylabel("strict A% (95% CI over tasks)")
    axis.set_title("Decay curves")
    axis.grid(alpha=0.3)
    axis.legend(fontsize=8)
    return _svg(figure)


def framework_plot(report: MetricsReport) -> str:
    """Strict A% ± SEM per framework, bars grouped by configuration."""
    labels = config_labels(report)
    frameworks = list(dict.fromkeys(g.group for g in report.by_framework))
    figure, axis = plt.subplots(figsize=(6.4, 3.6))
    width = 0.8 / max(1, len(report.config_ids))
    for i, config_id in enumerate(report.config_ids):
        cells = {g.group: g for g in report.by_framework if g.config_id == config_id}
        xs = [f + i * width for f in range(len(frameworks))]
        ys = [_value(cells[f].mean_strict) if f in cells else float("nan") for f in frameworks]
        errors = [_value(_sem(cells[f])) if f in cells else 0.0 for f in frameworks]
        axis.bar(xs, ys, width, yerr=errors, capsize=2, label=labels[config_id])
    axis.set_xticks([f + 0.4 - width / 2 for f in range(len(frameworks))], frameworks, rotation=30, ha="right")
    axis.set_ylim(0, 105)
    axis.set_ylabel("strict A% (± SEM)")
    axis.set_title("Framework sensitivity")
    axis.legend(fontsize=8)
    return _svg(figure)


def verifier_plot(report: MetricsReport) -> str:
    """Raw vs strict A% per level, per configuration: the gap is what the verifiers take away."""
    labels = config_labels(report)
    figure, axis = plt.subplots(figsize=(6.4, 3.6))
    for config_id in report.config_ids:
        groups = sorted(
            ((int(g.group[1:]), g) for g in report.by_level if g.config_id == config_id and g.runs), key=lambda p: p[0]
        )
        xs = [level for level, _ in groups]
        raw = axis.plot(
            xs, [_value(g.mean_score) for _, g in groups], linestyle="--", marker="s", label=f"{labels[config_id]} raw"
        )
        axis.plot(
            xs,
            [_value(g.mean_strict) for _, g in groups],
            marker="o",
            color=raw[0].get_color(),
            label=f"{labels[config_id]} strict",
        )
    axis.set_xticks(report.levels, [f"L{level}" for level in report.levels])
    axis.set_ylim(0, 105)
    axis.set_ylabel("A%")
    axis.set_title("Verifier impact: raw (dashed) vs strict")
    axis.grid(alpha=0.3)
    axis.legend(fontsize=7)
    return _svg(figure)


def taxonomy_plot(report: MetricsReport) -> str:
    """Failure categories per configuration, stacked."""
    labels = config_labels(report)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for label in report.taxonomy:
        counts[label.category][label.config_id] += 1
    categories = [c for c in CATEGORIES if c in counts] + sorted(set(counts) - set(CATEGORIES))
    figure, axis = plt.subplots(figsize=(6.4, 0.6 + 0.45 * max(1, len(report.config_ids))))
    lefts = [0] * len(report.config_ids)
    names = [labels[c] for c in report.config_ids]
    for category in categories:
        values = [counts[category][c] for c in report.config_ids]
        axis.barh(names, values, left=lefts, label=category_title(category))
        lefts = [a + b for a, b in zip(lefts, values, strict=True)]
    axis.set_xlabel("runs that are not a full pass")
    axis.set_title("Failure taxonomy")
    if categories:
        axis.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5))
    return _svg(figure)


# -- run records --------------------------------------------------------------------


def _tail(text: str | None, limit: int) -> str:
    if not text:
        return ""
    return text if len(text) <= limit else f"[... {len(text) - limit} characters cut ...]\n" + text[-limit:]


def _head(text: str | None, limit: int) -> str:
    if not text:
        return ""
    return text if len(text) <= limit else text[:limit] + f"\n[... {len(text) - limit} characters cut ...]"


def run_record(result: RunResult, store: ResultStore, report: MetricsReport) -> dict:
    """What the viewer shows of one run."""
    labels = {label.run_id: label for label in report.taxonomy}
    label = labels.get(result.run_id)
    suite = json.loads(store.read_run_file(result, "suite.json") or "null")
    failing: dict[str, list[dict]] = defaultdict(list)
    requests = {}
    if isinstance(suite, dict):
        requests = {r.get("id"): r for r in suite.get("requests", []) if isinstance(r, dict)}
        for a in suite.get("assertions", []):
            if isinstance(a, dict) and not a.get("passed"):
                failing[a.get("request", "?")].append(a)
    groups = [
        {
            "request": request,
            "call": f"{requests.get(request, {}).get('method', '')} {requests.get(request, {}).get('path', '')}".strip(),
            "status": requests.get(request, {}).get("status"),
            "failed": len(items),
            "assertions": [
                {
                    "id": a.get("id"),
                    "description": a.get("description"),
                    "expected": json.dumps(a.get("expected"), default=str)[:300],
                    "actual": json.dumps(a.get("actual"), default=str)[:300],
                }
                for a in items[:MAX_FAILING_PER_REQUEST]
            ],
        }
        for request, items in failing.items()
    ]
    return {
        "id": result.run_id,
        "task": result.task,
        "framework": result.framework,
        "level": result.level,
        "constraints": result.constraints,
        "status": result.status,
        "failed_stage": result.failed_stage,
        "reason": result.reason,
        "score": round(result.score, 1),
        "strict": round(result.strict_score, 1),
        "assertions": f"{result.assertions_passed}/{result.assertions_total}",
        "passed": result.passed,
        "category": category_title(label.category) if label else ("pass" if result.passed else ""),
        "evidence": label.evidence if label else [],
        "stages": [s.model_dump(include={"name", "status", "duration_s", "detail"}) for s in result.stages],
        "failing": groups,
        "verdicts": [
            {
                "constraint": v.constraint,
                "compliant": v.compliant,
                "decided_by": v.decided_by,
                "summary": v.summary,
                "violations": [f"{x.rule}: {x.file}{f':{x.line}' if x.line else ''} {x.message}" for x in v.violations],
                "evidence": [f"{e.file}{f':{e.line}' if e.line else ''} {e.construct}: {e.reason}" for e in v.evidence][
                    :20
                ],
            }
            for v in result.verdicts
        ],
        "diff": _head(store.read_run_file(result, "workspace.diff"), DIFF_LIMIT),
        "trajectory": _head(
            store.read_run_file(result, "agent/trajectory.json") or store.read_run_file(result, "agent/trajectory.log"),
            TRAJECTORY_LIMIT,
        ),
        "server_log": _tail(store.read_run_file(result, "logs/server.log", limit=LOG_LIMIT * 2), LOG_LIMIT),
    }


# -- the page -----------------------------------------------------------------------


def table_html(table: StudyTable) -> str:
    frame = table.display
    if frame.empty:
        return f'<section class="table" id="{table.key}"><h3>{html.escape(table.title)}</h3><p class="caption">{html.escape(table.caption)}</p></section>'
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
        for row in frame.itertuples(index=False)
    )
    return (
        f'<section class="table" id="{table.key}"><h3>{html.escape(table.title)}</h3>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        f'<p class="caption">{html.escape(table.caption)}</p></section>'
    )


STYLE = """
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1em;color:#222}
h1{margin-bottom:0}.sub{color:#666}
table{border-collapse:collapse;margin:.3em 0;font-size:13px}
th,td{padding:2px 8px;border-bottom:1px solid #ddd;text-align:right}
th:first-child,td:first-child{text-align:left}
.caption{color:#666;font-size:12px;margin-top:0}
.plots{display:flex;flex-wrap:wrap;gap:1em}.plot{flex:1 1 480px;min-width:380px;margin:0}
.plot svg{width:100%;height:auto}
#runs tbody tr{cursor:pointer}#runs tbody tr:hover{background:#eef}
.pass{color:#080}.fail{color:#b00}
#run-viewer{border:2px solid #446;padding:.5em 1em;margin:1em 0;background:#fafaff}
pre{background:#f4f4f4;padding:.5em;overflow:auto;max-height:420px;font-size:12px}
.del{color:#b00}.add{color:#070}
#run-viewer th,#run-viewer td{text-align:left}
"""

SCRIPT = r"""
const RUNS = JSON.parse(document.getElementById('runs-data').textContent);
const byId = Object.fromEntries(RUNS.map(r => [r.id, r]));
function esc(s){return String(s ?? '').replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));}
function diffHtml(text){return text.split('\n').map(l => l.startsWith('+') ? `<span class="add">${esc(l)}</span>` : l.startsWith('-') ? `<span class="del">${esc(l)}</span>` : esc(l)).join('\n');}
function openRun(id){
  const r = byId[id]; const view = document.getElementById('run-viewer');
  if(!r){ view.hidden = false; view.innerHTML = `<p>No run ${esc(id)} in this report.</p>`; return; }
  let h = `<h2 id="run-title">${esc(r.id)}</h2>`;
  h += `<p>${esc(r.task)} · L${r.level} · ${esc(r.status)}${r.failed_stage ? ' at ' + esc(r.failed_stage) : ''} · A% ${r.score} · strict ${r.strict} · assertions ${esc(r.assertions)}</p>`;
  if(r.category) h += `<p><b>Category:</b> ${esc(r.category)}${r.evidence.length ? '<br>' + r.evidence.map(esc).join('<br>') : ''}</p>`;
  if(r.reason) h += `<p><b>Reason:</b> ${esc(r.reason)}</p>`;
  h += '<h3>Stages</h3><table class="stages"><tr><th>stage</th><th>status</th><th>seconds</th><th>detail</th></tr>' +
       r.stages.map(s => `<tr><td>${esc(s.name)}</td><td class="${s.status === 'ok' ? 'pass' : 'fail'}">${esc(s.status)}</td><td>${s.duration_s.toFixed(2)}</td><td>${esc(s.detail)}</td></tr>`).join('') + '</table>';
  h += `<h3>Failing assertions (${r.failing.reduce((n, g) => n + g.failed, 0)})</h3>`;
  h += r.failing.map(g => `<details class="request"><summary>${esc(g.request)} ${esc(g.call)} → ${esc(g.status)} (${g.failed} failed)</summary><table><tr><th>assertion</th><th>expected</th><th>actual</th></tr>` +
       g.assertions.map(a => `<tr><td title="${esc(a.description)}">${esc(a.id)}</td><td>${esc(a.expected)}</td><td>${esc(a.actual)}</td></tr>`).join('') + '</table></details>').join('') || '<p>none</p>';
  h += '<h3>Verifier verdicts</h3>' + (r.verdicts.map(v => `<div class="verdict"><b class="${v.compliant ? 'pass' : 'fail'}">${esc(v.constraint)}: ${v.compliant ? 'compliant' : 'VIOLATED'}</b> (${esc(v.decided_by)}) ${esc(v.summary)}` +
       (v.violations.length ? '<ul>' + v.violations.map(x => `<li>${esc(x)}</li>`).join('') + '</ul>' : '') +
       (v.evidence.length ? `<details><summary>evidence (${v.evidence.length})</summary><ul>` + v.evidence.map(x => `<li>${esc(x)}</li>`).join('') + '</ul></details>' : '') + '</div>').join('') || '<p>no constraints</p>');
  h += `<details open><summary><b>Workspace diff</b></summary><pre class="diff">${diffHtml(r.diff || '(none saved)')}</pre></details>`;
  h += `<details><summary><b>Agent trajectory</b></summary><pre class="trajectory">${esc(r.trajectory || '(none saved)')}</pre></details>`;
  h += `<details><summary><b>Server log (tail)</b></summary><pre>${esc(r.server_log || '(none saved)')}</pre></details>`;
  view.innerHTML = h; view.hidden = false; view.scrollIntoView();
}
document.querySelectorAll('#runs tbody tr').forEach(tr => tr.addEventListener('click', () => { location.hash = 'run=' + encodeURIComponent(tr.dataset.run); }));
function fromHash(){ const m = location.hash.match(/^#run=(.*)$/); if(m) openRun(decodeURIComponent(m[1])); }
window.addEventListener('hashchange', fromHash); fromHash();
"""


def render_html(report: MetricsReport, store: ResultStore, results: list[RunResult]) -> str:
    labels = {label.run_id: label for label in report.taxonomy}
    records = [run_record(r, store, report) for r in results if r.status != "skipped"]
    plots = (
        [("decay", decay_plot(report)), ("frameworks", framework_plot(report)), ("verifiers", verifier_plot(report))]
        + ([("taxonomy", taxonomy_plot(report))] if report.taxonomy else [])
        if any(r.status != "skipped" for r in results)
        else []
    )
    rows = "".join(
        f'<tr data-run="{html.escape(r["id"])}"><td>{html.escape(r["id"])}</td><td>L{r["level"]}</td>'
        f'<td class="{"pass" if r["passed"] else "fail"}">{html.escape(r["status"])}</td><td>{r["score"]}</td><td>{r["strict"]}</td>'
        f"<td>{html.escape(category_title(labels[r['id']].category) if r['id'] in labels else ('pass' if r['passed'] else ''))}</td></tr>"
        for r in records
    )
    data = json.dumps(records, default=str).replace("</", "<\\/")  # never closes the script element
    title = f"decaybench report: {len(report.runs)} runs, {len(report.config_ids)} configuration(s)"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title><style>{STYLE}</style></head>
<body>
<h1>decaybench report</h1>
<p class="sub">{html.escape(title)} · generated {report.generated_at:%Y-%m-%d %H:%M UTC}</p>
<h2>Plots</h2>
<div class="plots">{"".join(f'<figure class="plot" id="plot-{key}">{svg}</figure>' for key, svg in plots)}</div>
<h2>Tables</h2>
{"".join(table_html(t) for t in study_tables(report))}
<h2>Runs</h2>
<p class="caption">Click a run to open it (or link to <code>#run=&lt;run id&gt;</code>).</p>
<section id="run-viewer" hidden></section>
<table id="runs"><thead><tr><th>run</th><th>level</th><th>status</th><th>A%</th><th>strict</th><th>category</th></tr></thead>
<tbody>{rows}</tbody></table>
<script type="application/json" id="runs-data">{data}</script>
<script>{SCRIPT}</script>
</body></html>
"""


def write_html(report: MetricsReport, store: ResultStore, results: list[RunResult], path: Path) -> None:
    path.write_text(render_html(report, store, results), encoding="utf-8")
