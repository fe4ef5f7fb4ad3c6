"""`report --judge-model`: an LLM labels each failure from its evidence, beside the classifier's label
(a scripted OpenAI-compatible server on loopback stands in for the provider)."""

from __future__ import annotations

import json
from pathlib import Path

from fake_llm import FakeLLM, fail, say
from test_report import make_app
from typer.testing import CliRunner

from decaybench.agents.base import AgentConfig
from decaybench.analysis.store import ResultStore
from decaybench.runtime.model import RunResult


def test_judge_labels_beside_the_classifier(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    store = ResultStore(tmp_path / "results")
    store.save_config(AgentConfig(agent="mini", model="m"))
    for index, passed in enumerate((100, 150, 199)):
        store.save(
            RunResult(
                run_id=f"mini--m/flask-unconstrained/{index}",
                config_id="mini--m",
                task="flask-unconstrained",
                framework="flask",
                level=0,
                constraints=[],
                run_index=index,
                status="completed",
                assertions_total=200,
                assertions_passed=passed,
            )
        )
    with FakeLLM([say("business_logic"), say("I cannot tell"), fail(400, "bad request")]) as llm:
        result = CliRunner().invoke(
            make_app(),
            ["report", "--results", str(tmp_path / "results"), "--json", "-"]
            + ["--judge-model", "openai/scripted", "--judge-api-base", llm.base_url],
        )
        prompt = "\n".join(llm.user_texts(0))
    assert result.exit_code == 0, result.output
    labels = json.loads(result.stdout)["taxonomy"]
    assert [label["judge_category"] for label in labels] == ["business_logic", "unparsed: i cannot tell", None]
    assert all(label["category"] == "api_contract" for label in labels)  # the classifier's label stays
    assert "Deterministic classifier's label: api_contract" in prompt and "flask-unconstrained" in prompt
