"""The behavioural suite against the real reference server, and against deliberately broken ones.

What must hold whatever the server does: the same assertion ids and total every run, no
exception escaping ``run_suite``, bounded run time, and failures exactly where the server broke.
"""

from __future__ import annotations

import json
import re
import time

import pytest
import typer
from broken_servers import HostileServer, MutatingProxy, Proxied, free_port
from typer.testing import CliRunner

from decaybench.suite import assertion_ids, run_suite
from decaybench.suite.cli import register
from decaybench.suite.model import SuiteReport

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


def test_assertion_ids_are_stable_unique_and_about_290():
    assert assertion_ids() == IDS
    assert len(set(IDS)) == TOTAL
    assert 270 <= TOTAL <= 310
    assert all(re.fullmatch(r"[a-z_]+\.[a-z_]+\.[A-Za-z0-9_.]+", i) for i in IDS)


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
    expected = {i for i in IDS if re.fullmatch(r"articles\.[a-z_]+\.articles\.\d+\.body\.value", i)}
    assert len(expected) >= 5
    assert failed_ids(report) == expected
    assert all("field missing" in a.actual for a in report.assertions if a.id in expected)
    assert any(v.path.startswith("$.articles[") and "'body'" in v.message for v in report.schema_report.violations)


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
    assert "articles.list_all.articles.0.favorited.value" in failed
    assert "articles.create.article.favorited.value" in failed
    assert "articles.favorite.article.favorited.value" not in failed  # true is right there
    assert "articles.by_tag_auth.articles.0.favorited.value" not in failed
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
