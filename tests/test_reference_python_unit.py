"""Fast checks of the Python reference solution without a web server.

The shared layers (models, repositories, services and the framework-neutral operation table)
are assembled into a temporary workspace and imported in-process over a real SQLite file;
overlay hygiene (which files each task gets, which database each mentions) is checked on the
assembled trees. The end-to-end runs per framework and database live in test_gold.py.
"""

from __future__ import annotations

import ast
import importlib
import json
import sys
from pathlib import Path

import pytest

from decaybench.agents.reference import assemble
from decaybench.tasks import get_task

FRAMEWORKS = ["flask", "fastapi", "django", "aiohttp"]


def _assembled(tmp_path: Path, framework: str, database: str) -> Path:
    workspace = tmp_path / f"{framework}-{database}"
    workspace.mkdir()
    assemble(get_task(f"{framework}-clean_architecture-{database}-sqlalchemy"), workspace)
    return workspace


def _python_sources(workspace: Path) -> dict[str, str]:
    return {
        str(p.relative_to(workspace)): p.read_text()
        for p in workspace.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.fixture
def api(tmp_path, monkeypatch):
    """A ConduitApi over a fresh SQLite file, imported from an assembled workspace."""
    workspace = _assembled(tmp_path, "flask", "sqlite")
    monkeypatch.setenv("SQLITE_PATH", str(workspace / "conduit.sqlite3"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.syspath_prepend(str(workspace))
    for name in [m for m in sys.modules if m == "conduit" or m.startswith("conduit.")]:
        del sys.modules[name]
    container = importlib.import_module("conduit.container")
    routes = importlib.import_module("conduit.routes.api")
    conduit_api = container.build_api()

    def call(operation, *, params=None, query=None, token=None, body=None):
        request = routes.ApiRequest(
            params=params or {},
            query=query or {},
            authorization=f"Token {token}" if token else None,
            body=json.dumps(body).encode() if body is not None else b"",
        )
        response = conduit_api.handle(operation, request)
        return response.status, response.payload

    yield call
    conduit_api.services.users.database.dispose()
    for name in [m for m in sys.modules if m == "conduit" or m.startswith("conduit.")]:
        del sys.modules[name]


def _register(call, name):
    status, payload = call(
        "register", body={"user": {"username": name, "email": f"{name}@example.org", "password": "secret-password"}}
    )
    assert status == 201, payload
    return payload["user"]["token"]


def test_users_register_login_update_and_errors(api):
    token = _register(api, "alice")
    assert api("register", body={"user": {"username": "alice", "email": "a2@x.org", "password": "p"}})[0] == 422
    assert api("register", body={"user": {"username": "", "email": "b@x.org", "password": "p"}})[0] == 422
    assert api("register", body={"nope": {}})[0] == 422
    status, payload = api("login", body={"user": {"email": "alice@example.org", "password": "secret-password"}})
    assert status == 200 and payload["user"]["username"] == "alice" and payload["user"]["bio"] is None
    status, payload = api("login", body={"user": {"email": "alice@example.org", "password": "wrong"}})
    assert status == 401 and payload == {"errors": {"body": ["email or password is invalid"]}}
    assert api("current_user")[0] == 401
    assert api("current_user", token="not-a-jwt")[0] == 401
    status, payload = api("update_user", token=token, body={"user": {"bio": "hello", "image": "https://i/x.png"}})
    assert status == 200 and payload["user"]["bio"] == "hello" and payload["user"]["image"] == "https://i/x.png"
    assert api("current_user", token=token)[1]["user"]["bio"] == "hello"


def test_articles_slugs_tags_order_and_ownership(api):
    alice, bob = _register(api, "alice"), _register(api, "bob")
    article = {"title": "Hello, World!", "description": "d", "body": "b", "tagList": ["zeta", "alpha", "zeta"]}
    status, first = api("create_article", token=alice, body={"article": article})
    assert status == 201
    assert first["article"]["slug"] == "hello-world"
    assert first["article"]["tagList"] == ["zeta", "alpha"]  # order kept, duplicates dropped
    assert first["article"]["createdAt"].endswith("Z")
    second = api("create_article", token=alice, body={"article": article})[1]["article"]
    assert second["slug"].startswith("hello-world-") and second["slug"] != "hello-world"
    # most recent first, body included, count of all matches
    status, listing = api("list_articles", query={"author": "alice", "limit": "1"})
    assert status == 200 and listing["articlesCount"] == 2
    assert [a["slug"] for a in listing["articles"]] == [second["slug"]] and listing["articles"][0]["body"] == "b"
    assert api("list_articles", query={"author": "nobody"}) == (200, {"articles": [], "articlesCount": 0})
    assert api("list_articles", query={"limit": "x"})[0] == 422
    # title change moves the slug; only the author may edit or delete
    status, updated = api(
        "update_article", params={"slug": "hello-world"}, token=alice, body={"article": {"title": "New Title"}}
    )
    assert status == 200 and updated["article"]["slug"] == "new-title" and updated["article"]["body"] == "b"
    assert api("get_article", params={"slug": "hello-world"})[0] == 404
    assert api("update_article", params={"slug": "new-title"}, token=bob, body={"article": {"body": "x"}})[0] == 403
    assert api("delete_article", params={"slug": "new-title"}, token=bob)[0] == 403
    assert api("delete_article", params={"slug": "new-title"})[0] == 401
    assert api("delete_article", params={"slug": "new-title"}, token=alice) == (200, {})
    assert api("list_tags")[1] == {"tags": ["alpha", "zeta"]}


def test_viewer_flags_feed_favorites_and_comments(api):
    reader, celeb = _register(api, "reader"), _register(api, "celeb_reader")
    slug = api("create_article", token=celeb, body={"article": {"title": "Star", "description": "d", "body": "b"}})[1][
        "article"
    ]["slug"]
    assert api("feed", token=reader)[1] == {"articles": [], "articlesCount": 0}
    assert api("follow", params={"username": "celeb_reader"}, token=reader)[1]["profile"]["following"] is True
    feed = api("feed", token=reader)[1]
    assert feed["articlesCount"] == 1 and feed["articles"][0]["author"]["following"] is True
    assert api("feed")[0] == 401
    favorited = api("favorite", params={"slug": slug}, token=reader)[1]["article"]
    assert favorited["favorited"] is True and favorited["favoritesCount"] == 1
    anonymous = api("list_articles", query={"favorited": "reader"})[1]["articles"][0]
    assert anonymous["favorited"] is False and anonymous["favoritesCount"] == 1
    assert anonymous["author"]["following"] is False
    assert api("unfavorite", params={"slug": slug}, token=reader)[1]["article"]["favoritesCount"] == 0
    status, comment = api("add_comment", params={"slug": slug}, token=celeb, body={"comment": {"body": "hi"}})
    assert status == 200 and isinstance(comment["comment"]["id"], int)
    comment_id = str(comment["comment"]["id"])
    comments = api("list_comments", params={"slug": slug}, token=reader)[1]["comments"]
    assert [c["body"] for c in comments] == ["hi"] and comments[0]["author"]["following"] is True
    assert api("delete_comment", params={"slug": slug, "id": comment_id}, token=reader)[0] == 403
    assert api("delete_comment", params={"slug": slug, "id": "999"}, token=celeb)[0] == 404
    assert api("delete_comment", params={"slug": slug, "id": comment_id}, token=celeb) == (200, {})
    assert api("unfollow", params={"username": "celeb_reader"}, token=reader)[1]["profile"]["following"] is False
    assert api("get_profile", params={"username": "ghost"})[0] == 404
    assert api("add_comment", params={"slug": "missing"}, token=reader, body={"comment": {"body": "x"}})[0] == 404


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_overlays_keep_databases_apart(tmp_path, framework):
    """A SQLite solution never mentions PostgreSQL and vice versa; manifests are merged."""
    sqlite = _python_sources(_assembled(tmp_path, framework, "sqlite"))
    postgres = _python_sources(_assembled(tmp_path, framework, "postgres"))
    assert not [f for f, text in sqlite.items() if "postgres" in text.lower() or "psycopg" in text.lower()]
    assert not [f for f, text in postgres.items() if "sqlite" in text.lower()]
    assert "psycopg[binary]" in postgres["requirements.txt"]
    for sources in (sqlite, postgres):
        requirements = sources["requirements.txt"]
        assert "sqlalchemy" in requirements and "pyjwt" in requirements and framework in requirements
        assert sources["run.sh"].startswith("#!/usr/bin/env bash")


LAYER_ORDER = ["models", "repositories", "services", "routes"]


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_imports_only_go_down_and_routes_reach_only_services(tmp_path, framework):
    workspace = _assembled(tmp_path, framework, "postgres")
    web_frameworks = {"flask", "fastapi", "starlette", "django", "aiohttp", "uvicorn", "waitress"}
    for path in (workspace / "conduit").rglob("*.py"):
        parts = path.relative_to(workspace / "conduit").parts
        if len(parts) < 2:
            continue  # composition root: may import anything
        layer = LAYER_ORDER.index(parts[0])
        for node in ast.walk(ast.parse(path.read_text())):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else ([node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            )
            for name in names:
                top = name.split(".")
                if top[0] == "conduit" and len(top) > 1 and top[1] in LAYER_ORDER:
                    target = LAYER_ORDER.index(top[1])
                    # never upward; routes reach only services (never repositories or models)
                    assert target <= layer, f"{path.relative_to(workspace)} imports {name}"
                    if parts[0] == "routes":
                        assert target >= LAYER_ORDER.index("services"), f"{path.relative_to(workspace)} imports {name}"
                if layer < 3:
                    assert top[0] not in web_frameworks, f"{path.relative_to(workspace)} imports {name}"
                if parts[0] == "routes":
                    assert top[0] != "sqlalchemy", f"{path.relative_to(workspace)} imports {name}"


def test_use_cases_are_redone_after_a_write_conflict(api):
    """A uniqueness race surfaces as Conflict; the use case is redone, then gives up with 422."""
    retry = importlib.import_module("conduit.services.retry")
    conflict = importlib.import_module("conduit.repositories").Conflict
    calls = []

    def flaky(failures):
        @retry.retry_on_conflict
        def use_case():
            calls.append(1)
            if len(calls) <= failures:
                raise conflict("UNIQUE constraint failed")
            return "done"

        return use_case

    assert flaky(2)() == "done" and len(calls) == 3
    calls.clear()
    with pytest.raises(importlib.import_module("conduit.services").ValidationFailed):
        flaky(99)()
    assert len(calls) == retry.ATTEMPTS
