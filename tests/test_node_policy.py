"""Issue 11 behaviour of the Node reference solutions, on real servers: one error key per invalid
field, the validation rules, 403 and 404, the duplicate status and the login rate limit from
policy.json, and self-describing scrypt hashes.

The rules live in the shared layers, so one framework (Express) serves them; what differs between
adapters - passing the client's address in, the Retry-After header out, reading the body only after
the request was admitted - is checked through each of the four."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import re
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from decaybench.agents.reference import assemble
from decaybench.runtime.evaluate import ServedApp, open_environment, serve
from decaybench.runtime.node import require_node
from decaybench.tasks import get_task

FRAMEWORKS = ["express", "fastify", "hono", "koa"]
PASSWORD = "correct-horse-battery"
TOO_MANY = {"errors": {"body": ["too many login attempts, try again later"]}}
HASH = re.compile(r"scrypt\$16384\$8\$1\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)")


def task_of(framework: str):
    return get_task(f"{framework}-clean_architecture-sqlite-sequelize")


@contextlib.contextmanager
def served(
    framework: str, policy: dict | None, tmp: Path, cache_dir: Path, *, sandbox: bool
) -> Iterator[tuple[str, ServedApp]]:
    """The assembled reference of ``framework`` with ``policy`` (None: no policy.json), serving."""
    workspace = tmp / "workspace"
    assemble(task_of(framework), workspace)
    policy_file = workspace / "policy.json"
    policy_file.unlink(missing_ok=True)
    if policy is not None:
        policy_file.write_text(json.dumps(policy))
    with contextlib.ExitStack() as stack:
        env = stack.enter_context(open_environment(cache_dir=cache_dir, sandbox=sandbox))
        app = stack.enter_context(serve(task_of(framework), workspace, env, tmp / "logs"))
        yield app.tcp_url(stack), app


def keys(response: httpx.Response) -> set[str]:
    """The error keys of a response, after checking the envelope: non-empty lists of non-empty strings."""
    errors = response.json()["errors"]
    for messages in errors.values():
        assert messages and all(isinstance(m, str) and m for m in messages), errors
    return set(errors)


def register(client: httpx.Client, username: str, email: str | None = None, password: str = PASSWORD) -> httpx.Response:
    user = {"username": username, "email": email or f"{username}@example.org", "password": password}
    return client.post("/users", json={"user": user})


def login(client: httpx.Client, email: str, password: str = PASSWORD, **kwargs) -> httpx.Response:
    return client.post("/users/login", json={"user": {"email": email, "password": password}}, **kwargs)


def test_rules_with_default_policy(tmp_path, cache_dir):
    """Errors keyed by field (an error contract's policy), otherwise defaults: duplicates are 422,
    logins unlimited; every rule of the spec."""
    with (
        served("express", {"error_keys": "fields"}, tmp_path, cache_dir, sandbox=True) as (url, app),
        httpx.Client(base_url=url, timeout=10) as c,
    ):
        alice = register(c, "alice")
        bob = register(c, "bob_2", password=PASSWORD)  # the same password: salts must differ
        assert alice.status_code == bob.status_code == 201
        as_alice = {"Authorization": f"Token {alice.json()['user']['token']}"}
        as_bob = {"Authorization": f"Token {bob.json()['user']['token']}"}

        # Duplicates: the default status, each taken field under its own key.
        taken = register(c, "alice", "alice@example.org")
        assert (taken.status_code, keys(taken)) == (422, {"username", "email"})
        taken = register(c, "alice", "fresh@example.org")
        assert (taken.status_code, keys(taken)) == (422, {"username"})
        taken = c.put("/user", headers=as_bob, json={"user": {"email": "alice@example.org"}})
        assert (taken.status_code, keys(taken)) == (422, {"email"})

        # Registration: every invalid field at once, nothing stored.
        bad = register(c, "ab", "not-an-email", "short")
        assert (bad.status_code, keys(bad)) == (422, {"username", "email", "password"})
        assert c.get("/profiles/ab").status_code == 404
        missing = c.post("/users", json={"user": {}})
        assert (missing.status_code, keys(missing)) == (422, {"username", "email", "password"})
        for username, email, password, key in [
            ("bad name", "badname@example.org", PASSWORD, "username"),
            ("u" * 33, None, PASSWORD, "username"),
            ("spaced", "spa ced@example.org", PASSWORD, "email"),
            ("longmail", "m" * 243 + "@example.org", PASSWORD, "email"),  # 255 characters
            ("longpass", None, "p" * 73, "password"),
        ]:
            rejected = register(c, username, email, password)
            assert (rejected.status_code, keys(rejected)) == (422, {key}), (username, rejected.text)
        for username, email, password in [
            ("u" * 32, None, "p" * 72),
            ("edge-_9", "m" * 242 + "@example.org", "eight888"),  # 254 characters
        ]:
            assert register(c, username, email, password).status_code == 201, username

        # A body that is not JSON, or has no user object: the key is body.
        for kwargs in [
            {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
            {"json": {"username": "nobody", "email": "nobody@example.org", "password": PASSWORD}},
            {"json": {"user": "alice"}},
            {"json": [1, 2]},
        ]:
            shapeless = c.post("/users", **kwargs)
            assert (shapeless.status_code, keys(shapeless)) == (422, {"body"}), kwargs

        # Login: presence checked, then a wrong password is 401, not a validation error.
        wrong = login(c, "alice@example.org", "wrong")
        assert (wrong.status_code, keys(wrong)) == (401, {"body"})
        no_password = c.post("/users/login", json={"user": {"email": "alice@example.org"}})
        assert (no_password.status_code, keys(no_password)) == (422, {"password"})

        # Profile updates.
        bad = c.put("/user", headers=as_alice, json={"user": {"bio": "b" * 1001, "image": "ftp://x", "email": "a@b"}})
        assert (bad.status_code, keys(bad)) == (422, {"bio", "image", "email"})
        cleared = c.put("/user", headers=as_alice, json={"user": {"bio": None, "image": ""}})
        assert cleared.status_code == 200 and cleared.json()["user"]["bio"] is None
        kept = c.put("/user", headers=as_alice, json={"user": {"bio": "b" * 1000, "image": "https://x.org/a.png"}})
        assert kept.status_code == 200 and kept.json()["user"]["image"] == "https://x.org/a.png"

        # Articles.
        def create(**fields):
            article = {"title": "A title", "description": "d", "body": "b", **fields}
            return c.post("/articles", headers=as_alice, json={"article": article})

        bad = c.post(
            "/articles",
            headers=as_alice,
            json={"article": {"title": "  ", "description": "d" * 256, "tagList": "a,b"}},
        )
        assert (bad.status_code, keys(bad)) == (422, {"title", "description", "body", "tagList"})
        for tags in [[1, 2], [f"t{i}" for i in range(11)], ["x" * 33], ["ok", "  "], {"a": 1}]:
            rejected = create(tagList=tags)
            assert (rejected.status_code, keys(rejected)) == (422, {"tagList"}), tags
        for fields, key in [({"title": "t" * 121}, "title"), ({"body": "b" * 20001}, "body"), ({"body": None}, "body")]:
            rejected = create(**fields)
            assert (rejected.status_code, keys(rejected)) == (422, {key}), key
        assert c.get("/articles", params={"author": "alice"}).json()["articlesCount"] == 0
        article = create(title="t" * 120, tagList=None)
        assert article.status_code == 201 and article.json()["article"]["tagList"] == []
        slug = article.json()["article"]["slug"]
        edge = create(title="Tags at their limits", tagList=[f"{i:02d}".ljust(32, "x") for i in range(10)])
        assert edge.status_code == 201

        bad = c.put(f"/articles/{slug}", headers=as_alice, json={"article": {"description": " ", "tagList": "x"}})
        assert (bad.status_code, keys(bad)) == (422, {"description", "tagList"})
        for method, kwargs in [("PUT", {"json": {"article": {"title": "Hijacked"}}}), ("DELETE", {})]:
            forbidden = c.request(method, f"/articles/{slug}", headers=as_bob, **kwargs)
            assert (forbidden.status_code, keys(forbidden)) == (403, {"body"}), method
        unchanged = c.get(f"/articles/{slug}").json()["article"]
        assert (unchanged["title"], unchanged["description"]) == ("t" * 120, "d")
        missing = c.put("/articles/no-such-article", headers=as_alice, json={"article": {"body": "x"}})
        assert (missing.status_code, keys(missing)) == (404, {"body"})

        # Comments.
        comments = f"/articles/{slug}/comments"
        for body in ["c" * 5001, "   ", None]:
            rejected = c.post(comments, headers=as_bob, json={"comment": {"body": body}})
            assert (rejected.status_code, keys(rejected)) == (422, {"body"}), body
        comment = c.post(comments, headers=as_bob, json={"comment": {"body": "c" * 5000}})
        assert comment.status_code == 200
        comment_id = comment.json()["comment"]["id"]
        forbidden = c.delete(f"{comments}/{comment_id}", headers=as_alice)  # the article's author, not the comment's
        assert (forbidden.status_code, keys(forbidden)) == (403, {"body"})
        for unknown in ["987654321", "not-a-number"]:
            gone = c.delete(f"{comments}/{unknown}", headers=as_bob)
            assert (gone.status_code, keys(gone)) == (404, {"body"}), unknown
        assert c.delete(f"{comments}/{comment_id}", headers=as_bob).status_code == 200
        assert c.delete(f"{comments}/{comment_id}", headers=as_bob).status_code == 404
        unauthenticated = c.delete(f"{comments}/{comment_id}")
        assert (unauthenticated.status_code, keys(unauthenticated)) == (401, {"body"})

        # No limit without one in the policy.
        assert [login(c, "alice@example.org").status_code for _ in range(8)] == [200] * 8

        # Passwords: scrypt$N$r$p$salt$key that Python's scrypt reproduces; the old form still verifies.
        assert app.sqlite_path is not None
        with contextlib.closing(sqlite3.connect(app.sqlite_path)) as db:
            stored = dict(db.execute("SELECT username, passwordHash FROM users WHERE username IN ('alice', 'bob_2')"))
            salts = []
            for username in ("alice", "bob_2"):
                match = HASH.fullmatch(stored[username])
                assert match, stored[username]
                salt, key = (base64.b64decode(part) for part in match.groups())
                assert len(salt) == 16 and len(key) == 32
                assert hashlib.scrypt(PASSWORD.encode(), salt=salt, n=16384, r=8, p=1, dklen=32) == key
                salts.append(salt)
            assert salts[0] != salts[1]
            salt = bytes(range(16))
            key = hashlib.scrypt(b"an-older-password", salt=salt, n=16384, r=8, p=1, dklen=32)
            old_form = f"scrypt${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"
            db.execute("UPDATE users SET passwordHash = ? WHERE username = 'bob_2'", (old_form,))
            db.commit()
        assert login(c, "bob_2@example.org", "an-older-password").status_code == 200
        assert login(c, "bob_2@example.org", PASSWORD).status_code == 401


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_login_rate_limit_through_each_adapter(framework, tmp_path, cache_dir):
    """policy.json sets 3 logins per 2 s and 409 duplicates. Unsandboxed: the sandbox's relay would
    give every request one address, and the limit is per client address."""
    policy = {"duplicate_status": 409, "error_keys": "fields", "login_rate_limit": {"attempts": 3, "window_seconds": 2}}
    with (
        served(framework, policy, tmp_path, cache_dir, sandbox=False) as (url, _),
        httpx.Client(base_url=url, timeout=10) as c,
    ):
        assert register(c, "alice").status_code == 201
        taken = register(c, "alice")
        assert (taken.status_code, keys(taken)) == (409, {"username", "email"})

        # Three attempts, whatever their outcome, fill the window...
        assert login(c, "alice@example.org", "wrong-password").status_code == 401
        assert c.post("/users/login", json={"user": {}}).status_code == 422
        not_json = c.post("/users/login", content=b"{", headers={"Content-Type": "application/json"})
        assert not_json.status_code == 422

        # ...so the fourth is refused unprocessed, its sender's headers notwithstanding.
        refused = login(c, "alice@example.org")
        assert (refused.status_code, refused.json()) == (429, TOO_MANY)
        retry_after = refused.headers.get("Retry-After", "")
        assert retry_after.isdigit() and 1 <= int(retry_after) <= 2, retry_after
        spoofed = login(c, "alice@example.org", headers={"X-Forwarded-For": "203.0.113.9"})
        assert spoofed.status_code == 429
        broken = c.post("/users/login", content=b"{", headers={"Content-Type": "application/json"})
        assert (broken.status_code, broken.json()) == (429, TOO_MANY)

        # Another client address has its own allowance; other endpoints are never limited.
        with httpx.Client(base_url=url, timeout=10, transport=httpx.HTTPTransport(local_address="127.0.0.2")) as other:
            assert login(other, "alice@example.org").status_code == 200
        assert c.get("/tags").status_code == 200
        assert register(c, "bob_2").status_code == 201

        # After Retry-After seconds a place is free again (the refused attempts did not count).
        time.sleep(int(retry_after))
        assert login(c, "alice@example.org").status_code == 200


def test_login_throttle_window_on_an_injected_clock(tmp_path):
    """The services-layer LoginThrottle alone, on a clock the test moves: sliding window, per client,
    refusals uncounted, Retry-After rounded up to whole seconds."""
    workspace = tmp_path / "workspace"
    assemble(task_of("express"), workspace)
    script = """
    const { LoginThrottle } = require(process.argv[1]);
    let now = 0;
    const throttle = new LoginThrottle({ attempts: 2, windowSeconds: 10, now: () => now });
    const attempt = (client, at) => {
      now = at * 1000;
      try { throttle.admit(client); return 'ok'; }
      catch (error) { return `${error.kind}:${error.retryAfterSeconds}`; }
    };
    const seen = [
      attempt('a', 0), attempt('a', 1), attempt('a', 1.5), attempt('b', 1.5), attempt('a', 9.9),
      attempt('a', 10.01), attempt('a', 10.5), attempt('a', 11.2), attempt('a', 20),
    ];
    process.stdout.write(JSON.stringify(seen));
    """
    node = require_node()
    done = subprocess.run(
        [str(node.node), "-e", script, str(workspace / "src" / "services" / "throttle.js")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [
        "ok",
        "ok",
        "too_many_requests:9",  # the attempt at 0 leaves the window at 10: 8.5 s, rounded up
        "ok",  # another client
        "too_many_requests:1",  # 0.1 s, at least 1
        "ok",  # the attempt at 0 has left; refusals were not counted
        "too_many_requests:1",  # 1 and 10.01 in the window; 0.5 s until 1 leaves
        "ok",
        "too_many_requests:1",  # 10.01 and 11.2 in the window; 0.01 s, at least 1
    ]
