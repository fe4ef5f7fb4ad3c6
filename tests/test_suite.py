"""The behavioural suite against the real reference server, and against deliberately broken ones.

What must hold whatever the server does: the same assertion ids and total every run, no
exception escaping ``run_suite``, bounded run time, and failures exactly where the server broke.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import typer
from broken_servers import HostileServer, MutatingProxy, Proxied, free_port
from typer.testing import CliRunner

from decaybench.agents.reference import assemble
from decaybench.contract import validate_response
from decaybench.runtime.evaluate import open_environment, serve
from decaybench.suite import assertion_ids, run_suite
from decaybench.suite.checks import KINDS, Pick, newest_first, status
from decaybench.suite.cli import register
from decaybench.suite.command import print_report, wants_colour
from decaybench.suite.model import AssertionResult, SuiteReport
from decaybench.suite.runner import Step
from decaybench.tasks import get_task

IDS = assertion_ids()
TOTAL = len(IDS)


def failed_ids(report: SuiteReport) -> set[str]:
    return {a.id for a in report.assertions if not a.passed}


def ids_of(*requests: str) -> set[str]:
    return {i for i in IDS if any(i.startswith(r + ".") for r in requests)}


def assert_fixed_denominator(report: SuiteReport) -> None:
    assert report.total == TOTAL
    assert [a.id for a in report.assertions] == IDS
    assert [r.id for r in report.requests] == list(dict.fromkeys(a.request for a in report.assertions))


# ---------------------------------------------------------------------------- the declared suite


def test_assertion_ids_are_stable_unique_and_about_400():
    assert assertion_ids() == IDS
    assert len(set(IDS)) == TOTAL
    assert 390 <= TOTAL <= 420
    assert all(re.fullmatch(r"[a-z_]+\.[a-z_]+\.[A-Za-z0-9_.]+", i) for i in IDS)


LIST_STEPS = (
    "articles.list_all",
    "articles.list_all_auth",
    "articles.by_author",
    "articles.by_author_auth",
    "articles.by_tag",
    "articles.by_tag_auth",
    "articles.favorited_by",
    "articles.favorited_by_auth",
    "articles.feed",
)
ARTICLE_FIELDS = (
    "present",
    "title.value",
    "description.value",
    "body.value",
    "tagList.value",
    "createdAt.type",
    "updatedAt.type",
    "favorited.value",
    "favoritesCount.value",
    "author.username.value",
    "author.following.value",
)


def article_fields(key: str) -> tuple[str, ...]:
    # the user's bio and image are known values; the celeb (author of C) never set them
    known = "value" if key != "c" else "type"
    return (*ARTICLE_FIELDS, f"author.bio.{known}", f"author.image.{known}")


ORDER_IDS = {f"{step}.articles.order" for step in LIST_STEPS[:4]}


def test_every_list_call_checks_every_field_of_every_item_found_by_slug():
    items = {"articles.list_all": "cba", "articles.list_all_auth": "cba", "articles.feed": "c"}
    for step in LIST_STEPS:
        keys = items.get(step, "ba" if "by_author" in step else "a")
        listed = {i for i in IDS if re.match(rf"{re.escape(step)}\.articles\.[abc]\.", i)}
        assert listed == {f"{step}.articles.{key}.{field}" for key in keys for field in article_fields(key)}, step
        assert (f"{step}.articles.order" in IDS) is (len(keys) > 1), step
    assert {i for i in IDS if i.endswith(".order")} == ORDER_IDS
    # no list item is addressed by its position any more
    assert not [i for i in IDS if re.search(r"\.(articles|comments)\.\d+\.", i)]


# ---------------------------------------------------------------------------- the ordering rule


def _items(*pairs: tuple[str, str]) -> list[dict]:
    return [{"slug": slug, "createdAt": created} for slug, created in pairs]


class _Slugs:
    """A run's state in which article X's slug is simply "x"."""

    def need(self, key: str, what: str) -> str:
        return key.removeprefix("slug_")


def _order_of(array: list[dict], *keys: str) -> tuple[bool, str]:
    picks = [Pick(k, "slug", lambda s, k=k: s.need(f"slug_{k}", k)) for k in keys]
    passed, _, actual = newest_first(("articles",), picks, "").evaluate(200, {"articles": array}, None, _Slugs())
    return passed, actual


def test_order_newest_first_passes_and_a_misordered_pair_fails():
    newest_first_list = _items(("c", "2026-01-01T00:00:02.000Z"), ("b", "2026-01-01T00:00:01.000Z"))
    assert _order_of(newest_first_list, "c", "b")[0]
    passed, actual = _order_of(newest_first_list[::-1], "c", "b")
    assert not passed and actual.startswith("B at 0")


def test_order_ties_may_stand_either_way_at_the_coarser_precision():
    same = _items(("a", "2026-01-01T00:00:01Z"), ("b", "2026-01-01T00:00:01Z"))
    assert _order_of(same, "b", "a")[0]  # equal timestamps: either order
    seconds_vs_millis = _items(("a", "2026-01-01T00:00:01.900Z"), ("b", "2026-01-01T00:00:01Z"))
    assert _order_of(seconds_vs_millis, "b", "a")[0]  # whole seconds cannot order within a second
    offsets = _items(("a", "2026-01-01T02:00:01+02:00"), ("b", "2026-01-01T00:00:01.000Z"))
    assert _order_of(offsets, "b", "a")[0]  # the same instant written in two zones
    distinct_millis = _items(("a", "2026-01-01T00:00:01.100Z"), ("b", "2026-01-01T00:00:01.900Z"))
    assert not _order_of(distinct_millis, "b", "a")[0]  # same second, but told apart: B comes first


def test_order_checks_every_pair_not_only_neighbours():
    # A ties with B and B with C (B is written in whole seconds), but A is older than C and stands before it
    array = _items(("a", "2026-01-01T00:00:01.100Z"), ("b", "2026-01-01T00:00:01Z"), ("c", "2026-01-01T00:00:01.900Z"))
    assert not _order_of(array, "c", "b", "a")[0]


def test_order_fails_when_an_item_is_missing_or_its_time_is_unreadable():
    passed, actual = _order_of(_items(("b", "2026-01-01T00:00:01Z")), "b", "a")
    assert not passed and "A missing" in actual
    unreadable = _items(("a", "2026-01-01 00:00:01"), ("b", "2026-01-01T00:00:01Z"))
    assert not _order_of(unreadable, "b", "a")[0]  # out of order, and no readable time to excuse it
    in_order = _items(("b", "yesterday"), ("a", "2026-01-01T00:00:01Z"))
    assert _order_of(in_order, "b", "a")[0]  # in order: the time's format is createdAt.type's business
    passed, actual = _order_of(_items(("b", "x")), "b", "a")
    assert not passed


def test_suite_and_schema_share_one_date_time_rule():
    values = [
        "2026-05-01T12:30:00Z",
        "2026-05-01T12:30:00.123456789+02:00",
        "2026-05-01t12:30:00z",
        "2026-05-01T12:30:00",  # no offset
        "2026-05-01 12:30:00Z",
        "2026-13-01T12:30:00Z",
        "2026-05-01T12:30:00Z\n",
        "2026-05-01T12:30:00+24:00",
        "1714566600",
        "\u0662\u0660\u0662\u0666-05-01T12:30:00Z",  # Arabic-Indic digits
    ]
    author = {"username": "u", "bio": None, "image": None, "following": False}
    verdicts = []
    for value in values:
        body = {"comments": [{"id": 1, "body": "x", "createdAt": value, "updatedAt": value, "author": author}]}
        schema_ok = validate_response("GET", "/articles/x/comments", 200, body) == []
        suite_ok = KINDS["datetime"][1](value)
        assert suite_ok is schema_ok, value
        verdicts.append(suite_ok)
    assert verdicts[:3] == [True, True, True] and not any(verdicts[3:])


# ---------------------------------------------------------------------------- a correct server


def test_reference_server_passes_every_assertion_and_the_schema(reference_api):
    report = run_suite(reference_api)
    assert_fixed_denominator(report)
    failures = [(a.id, a.expected, a.actual) for a in report.assertions if not a.passed]
    assert failures == []
    assert report.score == 100.0
    assert report.schema_report.checked == len(report.requests) >= 30
    assert report.schema_report.violations == []
    assert all(r.error is None and r.status is not None for r in report.requests)
    assert report.duration_s < 10  # the 1 s target is measured by benchmarks/suite_speed.py


def test_reruns_against_the_same_server_do_not_collide(reference_api):
    first, second = run_suite(reference_api), run_suite(reference_api)
    assert first.passed == second.passed == TOTAL
    differing_paths = {r.path for r in first.requests} ^ {r.path for r in second.requests}
    assert differing_paths, "runs must use their own names, slugs and tags"


# ---------------------------------------------------------------------------- no server at all


def test_dead_port_fails_every_assertion_quickly():
    started = time.monotonic()
    report = run_suite(f"http://127.0.0.1:{free_port()}/api", timeout=2)
    assert time.monotonic() - started < 5
    assert_fixed_denominator(report)
    assert report.passed == 0
    assert report.schema_report.checked == 0
    sent = [r for r in report.requests if not (r.error or "").startswith("not sent")]
    assert sent and all(r.status is None and "connection failed" in r.error for r in sent)
    # the steps that need earlier data say why they were not sent
    favorite = next(r for r in report.requests if r.id == "articles.favorite")
    assert favorite.error.startswith("not sent")
    first = report.assertions[0]
    assert first.id == "users.register.status" and first.expected == 201 and "connection" in first.actual


def test_more_steps_join_the_fixed_denominator():
    """Further steps (a constraint family's, say) are passed to run_suite and counted like the flow's."""
    from decaybench.suite.families import SuiteFamily

    family = SuiteFamily("family", lambda: [Step("family.probe", "GET", lambda s: "/tags", [status(200)])])
    assert assertion_ids([family]) == [*IDS, "family.probe.status"]
    report = run_suite(f"http://127.0.0.1:{free_port()}/api", timeout=1, families=[family])
    assert [a.id for a in report.assertions] == assertion_ids([family]) and report.passed == 0
    assert report.families == ["family"]


# ---------------------------------------------------------------------------- broken on purpose


def created_as_200(ex: Proxied) -> None:
    if ex.status == 201:
        ex.status = 200


def list_items_without_body(ex: Proxied) -> None:
    if ex.method == "GET" and ex.route in ("/api/articles", "/api/articles/feed") and ex.status == 200:
        data = ex.json()
        for item in data["articles"]:
            item.pop("body", None)
        ex.set_json(data)


def tags_500_html(ex: Proxied) -> None:
    if ex.route == "/api/tags":
        ex.status, ex.content_type, ex.body = 500, "text/html", b"<h1>Internal Server Error</h1>"


def count_as_string(ex: Proxied) -> None:
    data = ex.json() if ex.content_type.startswith("application/json") and ex.body else None
    if isinstance(data, dict) and "articlesCount" in data:
        data["articlesCount"] = str(data["articlesCount"])
        ex.set_json(data)


def favorited_always_true(ex: Proxied) -> None:
    data = ex.json() if ex.body else None
    if isinstance(data, dict):
        for article in data.get("articles", []) + ([data["article"]] if "article" in data else []):
            article["favorited"] = True
        ex.set_json(data)


def drop_slug_on_create(ex: Proxied) -> None:
    if ex.method == "POST" and ex.route == "/api/articles":
        data = ex.json()
        data["article"].pop("slug", None)
        ex.set_json(data)


def reset_feed(ex: Proxied) -> None:
    if ex.route == "/api/articles/feed":
        ex.reset = True


def slow_comment_lists(ex: Proxied) -> None:
    if ex.method == "GET" and ex.route.endswith("/comments"):
        ex.delay_s = 1.5


def everything_html(ex: Proxied) -> None:
    ex.status, ex.content_type, ex.body = 200, "text/html", b"<html><body>Hello</body></html>"


def test_wrong_success_status_fails_exactly_the_status_assertions(reference_api):
    with MutatingProxy(reference_api, created_as_200) as proxy:
        report = run_suite(proxy.base_url)
    assert_fixed_denominator(report)
    assert failed_ids(report) == {
        "users.register.status",
        "users.register_celeb.status",
        "articles.create.status",
        "articles.create_second.status",
        "articles.create_celeb.status",
    }
    assert report.passed == TOTAL - 5
    undocumented = [v for v in report.schema_report.violations if "not documented" in v.message]
    assert len(undocumented) == 5


def test_list_items_without_body_fail_their_body_assertions(reference_api):
    with MutatingProxy(reference_api, list_items_without_body) as proxy:
        report = run_suite(proxy.base_url)
    assert_fixed_denominator(report)
    expected = {i for i in IDS if re.fullmatch(r"articles\.[a-z_]+\.articles\.[abc]\.body\.value", i)}
    assert len(expected) == 15  # every item of every list call
    assert failed_ids(report) == expected
    assert all("field missing" in a.actual for a in report.assertions if a.id in expected)
    assert any(v.path.startswith("$.articles[") and "'body'" in v.message for v in report.schema_report.violations)


def newest_to_the_end(ex: Proxied) -> None:
    """Misorder exactly one item: every article list of two or more loses its head to its tail."""
    if ex.method == "GET" and ex.route == "/api/articles" and ex.status == 200:
        data = ex.json()
        if len(data["articles"]) >= 2:
            data["articles"].append(data["articles"].pop(0))
            ex.set_json(data)


def test_one_misordered_item_costs_only_the_order_assertions(reference_api):
    with MutatingProxy(reference_api, newest_to_the_end) as proxy:
        report = run_suite(proxy.base_url)
    assert_fixed_denominator(report)
    assert failed_ids(report) == ORDER_IDS
    assert report.passed == TOTAL - len(ORDER_IDS)
    assert report.schema_report.violations == []
    by_author = next(a for a in report.assertions if a.id == "articles.by_author.articles.order")
    assert by_author.actual.startswith("A at 0") and "B at 1" in by_author.actual


class SwapFavoritedForAnother:
    """A wrong item: the favorites filter answers with another real article (C, the newest one
    seen in the unfiltered list) where article A belongs. By position, most of C's fields would be
    checked against A's and the viewer flags would pass by coincidence."""

    def __init__(self) -> None:
        self.newest: dict | None = None

    def __call__(self, ex: Proxied) -> None:
        if ex.method != "GET" or ex.route != "/api/articles" or ex.status != 200:
            return
        data = ex.json()
        if "favorited=" not in ex.path and "author=" not in ex.path and "tag=" not in ex.path:
            self.newest = data["articles"][0]
        elif "favorited=" in ex.path and self.newest is not None:
            data["articles"] = [self.newest]
            ex.set_json(data)


def test_a_wrong_item_fails_every_assertion_about_the_item_it_replaced(reference_api):
    with MutatingProxy(reference_api, SwapFavoritedForAnother()) as proxy:
        report = run_suite(proxy.base_url)
    assert_fixed_denominator(report)
    about_a = {i for i in IDS if re.match(r"articles\.favorited_by(_auth)?\.articles\.a\.", i)}
    assert len(about_a) == 2 * 13
    assert failed_ids(report) == about_a
    assert all("no item has the slug of A" in a.actual for a in report.assertions if a.id in about_a)


@pytest.fixture(scope="module")
def same_second_api(tmp_path_factory, cache_dir) -> str:
    """A correct server whose timestamps are all identical: the reference solution with its clock
    frozen on one whole second, breaking ties in createdAt oldest first (as a database may). It lists
    A before B, which a suite judging by position would fail although no contract rule is broken."""
    task = get_task("flask-clean_architecture-sqlite-sqlalchemy")
    workspace = tmp_path_factory.mktemp("same-second")
    assemble(task, workspace)
    edits = {
        "entities.py": ("return datetime.now(UTC)", "return datetime(2026, 5, 1, 12, 30, 0, tzinfo=UTC)"),
        "articles.py": ("Article.created_at.desc(), Article.id.desc()", "Article.created_at.desc(), Article.id.asc()"),
    }
    for name, (old, new) in edits.items():
        [source] = [p for p in workspace.rglob(name) if "repositories" in p.parts or "models" in p.parts]
        text = source.read_text()
        assert old in text, f"the reference's {name} changed: update this fixture"
        source.write_text(text.replace(old, new))
    with contextlib.ExitStack() as stack:
        env = stack.enter_context(open_environment(cache_dir=cache_dir))
        app = stack.enter_context(serve(task, workspace, env, tmp_path_factory.mktemp("same-second-logs")))
        yield app.tcp_url(stack)


def test_a_correct_server_with_identical_timestamps_passes_every_assertion(same_second_api):
    report = run_suite(same_second_api)
    assert_fixed_denominator(report)
    assert [(a.id, a.expected, a.actual) for a in report.assertions if not a.passed] == []
    assert report.schema_report.violations == []
    # the ties were really met: oldest first, every createdAt the same whole second
    by_author = next(a for a in report.assertions if a.id == "articles.by_author.articles.order")
    assert by_author.actual == "A at 0 ('2026-05-01T12:30:00.000Z'), B at 1 ('2026-05-01T12:30:00.000Z')"


def test_a_500_html_page_fails_that_request_only(reference_api):
    with MutatingProxy(reference_api, tags_500_html) as proxy:
        report = run_suite(proxy.base_url)
    assert_fixed_denominator(report)
    assert failed_ids(report) == ids_of("tags.list")
    status = next(a for a in report.assertions if a.id == "tags.list.status")
    assert (status.expected, status.actual) == (200, 500)
    assert [v.request for v in report.schema_report.violations] == ["tags.list"]


def test_counts_must_be_integers(reference_api):
    with MutatingProxy(reference_api, count_as_string) as proxy:
        report = run_suite(proxy.base_url)
    expected = {i for i in IDS if re.search(r"\.articlesCount\.(value|min)$", i)}
    assert failed_ids(report) == expected
    assert report.total == TOTAL


def test_favorited_is_judged_from_the_viewers_point_of_view(reference_api):
    with MutatingProxy(reference_api, favorited_always_true) as proxy:
        report = run_suite(proxy.base_url)
    failed = failed_ids(report)
    assert "articles.list_all.articles.c.favorited.value" in failed
    assert "articles.create.article.favorited.value" in failed
    assert "articles.favorite.article.favorited.value" not in failed  # true is right there
    assert "articles.by_tag_auth.articles.a.favorited.value" not in failed
    assert all(i.endswith(".favorited.value") for i in failed)
    assert report.total == TOTAL


def test_missing_slug_fails_dependent_steps_without_sending_them(reference_api):
    with MutatingProxy(reference_api, drop_slug_on_create) as proxy:
        report = run_suite(proxy.base_url)
    assert_fixed_denominator(report)
    not_sent = {r.id for r in report.requests if (r.error or "").startswith("not sent")}
    assert {"articles.favorite", "articles.get", "comments.create", "articles.delete"} <= not_sent
    assert ids_of(*not_sent) <= failed_ids(report)
    assert all(a.actual.startswith("not sent: slug of article") for a in report.assertions if a.request in not_sent)
    # steps that need no slug still pass
    assert not (ids_of("users.login", "profiles.follow", "tags.list") & failed_ids(report))


def test_connection_reset_fails_that_request_only(reference_api):
    with MutatingProxy(reference_api, reset_feed) as proxy:
        report = run_suite(proxy.base_url)
    assert_fixed_denominator(report)
    assert failed_ids(report) == ids_of("articles.feed")
    feed = next(r for r in report.requests if r.id == "articles.feed")
    assert feed.status is None and feed.error


def test_slow_responses_time_out_and_the_rest_still_runs(reference_api):
    timeout = 0.5
    with MutatingProxy(reference_api, slow_comment_lists) as proxy:
        started = time.monotonic()
        report = run_suite(proxy.base_url, timeout=timeout)
        elapsed = time.monotonic() - started
    assert_fixed_denominator(report)
    slow = ("comments.list", "comments.list_auth", "comments.list_after_delete")
    assert failed_ids(report) == ids_of(*slow)
    for record in report.requests:
        if record.id in slow:
            assert "within 0.5 s" in record.error
            assert record.duration_s < timeout + 0.3
    assert elapsed < 15


def test_html_everywhere_fails_all_body_assertions(reference_api):
    with MutatingProxy(reference_api, everything_html) as proxy:
        report = run_suite(proxy.base_url)
    assert_fixed_denominator(report)
    passed = {a.id for a in report.assertions if a.passed}
    assert passed and all(i.endswith(".status") for i in passed)
    assert any("body is not JSON (text/html" in str(a.actual) for a in report.assertions)
    assert any("must be JSON" in v.message for v in report.schema_report.violations)


# ---------------------------------------------------------------------------- hostile servers


@pytest.mark.parametrize(
    "behaviour",
    [
        "slow_drip",
        "slow_headers",
        "hang",
        "endless_body",
        "binary",
        "garbage",
        "reset",
        "html",
        "invalid_utf8",
        "deeply_nested",
        "gzip_bomb",
    ],
)
def test_hostile_servers_never_crash_the_suite(behaviour):
    timeout = 0.5
    with HostileServer(behaviour) as server:
        started = time.monotonic()
        report = run_suite(server.base_url, timeout=timeout)
        elapsed = time.monotonic() - started
    assert_fixed_denominator(report)
    # only a status check can pass, and only where a hostile 200 happens to be expected
    assert all(a.id.endswith(".status") for a in report.assertions if a.passed)
    assert report.passed <= 20
    assert elapsed < 12, f"{behaviour} took {elapsed:.1f} s"
    for record in report.requests:
        assert record.duration_s < timeout + 0.5, (behaviour, record)
        assert record.error or record.status is not None
    json.loads(report.model_dump_json())  # the report itself stays serialisable


def test_a_hung_server_is_given_up_after_three_timeouts():
    with HostileServer("hang") as server:
        report = run_suite(server.base_url, timeout=0.3)
    sent = [r for r in report.requests if not (r.error or "").startswith("not sent")]
    assert len(sent) == 3
    assert "server stopped answering" in report.requests[-1].error
    assert report.total == TOTAL


# ---------------------------------------------------------------------------- command line


def cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:  # a callback keeps `suite` a subcommand, as in the real CLI
        pass

    register(app)
    return app


def test_cli_rejects_a_non_http_url():
    result = CliRunner().invoke(cli(), ["suite", "ftp://example.org/api"])
    assert result.exit_code == 2
    assert "not an http(s) URL" in result.output


def test_cli_json_and_exit_code_on_a_dead_server():
    result = CliRunner().invoke(cli(), ["suite", f"http://127.0.0.1:{free_port()}/api", "--json"])
    assert result.exit_code == 1
    report = SuiteReport.model_validate_json(result.stdout)
    assert report.total == TOTAL and report.passed == 0


def test_cli_table_and_exit_zero_on_the_reference(reference_api):
    result = CliRunner().invoke(cli(), ["suite", reference_api, "--no-failures"])
    assert result.exit_code == 0, result.output
    assert f"{TOTAL}/{TOTAL} assertions passed" in result.output
    assert "Failed assertions" not in result.output


def test_cli_lists_failures_with_expected_and_actual(reference_api):
    with MutatingProxy(reference_api, tags_500_html) as proxy:
        result = CliRunner().invoke(cli(), ["suite", proxy.base_url], terminal_width=200)
    assert result.exit_code == 1
    assert "Failed assertions (3)" in result.output
    assert "tags.list.status" in result.output and "500" in result.output


# ---------------------------------------------------------------------------- the installed command


def _decaybench() -> list[str]:
    script = Path(sys.executable).parent / "decaybench"
    return [str(script)] if script.exists() else [sys.executable, "-m", "decaybench"]


@pytest.mark.parametrize(
    "args,code,stream",
    [
        (["--json", "--timeout", "1", "--no-failures"], 1, "stdout"),
        (["--timeout", "1", "--failures"], 1, "stdout"),
        (["--timeout", "0"], 2, "stderr"),
        (["--colour"], 2, "stderr"),
    ],
)
def test_installed_suite_command_exit_codes(args, code, stream):
    """`decaybench suite` goes to the light front end: same options and exit codes as the typer one."""
    url = f"http://127.0.0.1:{free_port()}/api"
    result = subprocess.run([*_decaybench(), "suite", url, *args], capture_output=True, text=True, timeout=60)
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    if code == 2:
        assert result.stderr.startswith("error: ") and len(result.stderr.strip().splitlines()) == 1
    elif "--json" in args:
        assert SuiteReport.model_validate_json(result.stdout).total == TOTAL
    else:
        assert f"0/{TOTAL} assertions passed" in result.stdout and "Failed assertions" in result.stdout
    typer_result = CliRunner().invoke(cli(), ["suite", url, *args])
    assert typer_result.exit_code == code, typer_result.output


def test_installed_suite_command_rejects_a_bad_url_in_one_line():
    result = subprocess.run([*_decaybench(), "suite", "ftp://example.org/api"], capture_output=True, text=True)
    assert (result.returncode, result.stderr) == (2, "error: not an http(s) URL: ftp://example.org/api\n")


@pytest.mark.parametrize("output", [["--json"], []], ids=["json", "text"])
def test_suite_entry_point_stays_light(output):
    """`decaybench suite` must not load typer, rich, the other commands, or httpx's own command
    line (click, pygments, rich), which `import httpx` pulls in whenever click is installed."""
    url = f"http://127.0.0.1:{free_port()}/api"
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "decaybench", "suite", url, *output, "--timeout", "1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr[-2000:]
    loaded = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "import time:" in line}
    assert {"decaybench.suite.runner", "httpx", "jsonschema", "pydantic"} <= loaded  # it did run the suite
    heavy = {name for name in loaded if name.split(".")[0] in ("typer", "click", "pygments", "rich")}
    assert not heavy, sorted(heavy)
    assert not any(name.startswith(("decaybench.cli", "decaybench.runtime", "decaybench.verifiers")) for name in loaded)


def test_text_report_is_coloured_only_when_asked(monkeypatch):
    report = SuiteReport(base_url="http://127.0.0.1:1/api")
    report.assertions.append(
        AssertionResult(
            id="tags.list.status", request="tags.list", description="", passed=False, expected=200, actual=500
        )
    )
    plain, painted = io.StringIO(), io.StringIO()
    print_report(report, plain, failures=True)
    print_report(report, painted, failures=True, colour=True)
    assert "\x1b[" not in plain.getvalue() and "\x1b[31mtags.list.status\x1b[0m" in painted.getvalue()
    assert "expected 200" in plain.getvalue() and "actual   500" in plain.getvalue()

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert wants_colour(Terminal()) and not wants_colour(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not wants_colour(Terminal())
