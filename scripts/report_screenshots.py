"""Screenshots of an HTML report in headless Chromium: the plots, the tables and one run opened.

Run: ``uv run python scripts/report_screenshots.py report.html [--out DIR] [--run RUN_ID]``
(Debian's chromium, which ``scripts/setup.sh`` installs; Playwright drives it, nothing is downloaded).
Writes ``report-top.png`` (the plots), ``report-tables.png`` (the study's tables) and
``report-run.png`` (the run viewer: a run that is not a full pass, or ``--run``).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright


def find_chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def main() -> int:
    parser = argparse.ArgumentParser(description="Screenshots of a decaybench HTML report.")
    parser.add_argument("report", type=Path, help="the file `decaybench report --html FILE` wrote")
    parser.add_argument("--out", type=Path, default=Path("screenshots"), help="where the PNG files go")
    parser.add_argument("--run", help="the run to open (default: the first run that is not a full pass)")
    args = parser.parse_args()
    browser_path = find_chromium()
    if browser_path is None:
        print("no Chromium on PATH: apt-get install chromium (scripts/setup.sh does it)", file=sys.stderr)
        return 2
    if not args.report.is_file():
        print(f"no such report: {args.report}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browser_path, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(args.report.resolve().as_uri())
            page.screenshot(path=str(args.out / "report-top.png"))
            page.evaluate("document.getElementById('table1').scrollIntoView()")  # Table 1 at the top
            page.screenshot(path=str(args.out / "report-tables.png"))
            rows = page.locator("#runs tbody tr")
            if args.run:
                row = page.locator(f'#runs tbody tr[data-run="{args.run}"]')
            else:
                failing = page.locator("#runs tbody tr", has=page.locator("td.fail"))
                row = failing.first if failing.count() else rows.first
            if rows.count():
                row.click()
                page.locator("#run-title").wait_for()
                if page.locator("details.request").count():
                    page.locator("details.request summary").first.click()  # one request's assertions unfolded
                page.locator("#run-viewer").screenshot(path=str(args.out / "report-run.png"))
        finally:
            browser.close()
    for name in ("report-top.png", "report-tables.png", "report-run.png"):
        path = args.out / name
        if path.exists():
            print(f"{path} ({path.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
