"""Every task prompt, word for word, as it was before the registry refactor (tests/fixtures/prompts.json).

The fixture stores each prompt with the OpenAPI contract replaced by a marker (the contract has its
own tests), so this pins everything the catalog, the registry and prompt.py put around it. When a
prompt is meant to change, regenerate the fixture and review the diff:
``uv run python tests/test_prompt_snapshot.py --update``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "prompts.json"


def _contract() -> str:
    from decaybench.contract import OPENAPI_PATH

    return OPENAPI_PATH.read_text().strip()


def current(marker: str) -> dict[str, str]:
    from decaybench.tasks import all_tasks

    contract = _contract()
    return {task.name: task.prompt.replace(contract, marker) for task in all_tasks()}


def test_all_160_prompts_render_as_before() -> None:
    stored = json.loads(FIXTURE.read_text())
    prompts = current(stored["contract_marker"])
    assert list(prompts) == list(stored["prompts"])  # the same tasks, in the same order
    assert len(prompts) == 160
    for name, prompt in prompts.items():
        assert prompt == stored["prompts"][name], name


if __name__ == "__main__" and "--update" in sys.argv:
    marker = json.loads(FIXTURE.read_text())["contract_marker"]
    FIXTURE.write_text(
        json.dumps({"contract_marker": marker, "prompts": current(marker)}, indent=1, ensure_ascii=False) + "\n"
    )
