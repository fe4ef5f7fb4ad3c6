"""Requests for the constraint families judged by behaviour (L4 to L8), run after the base flow.

A task carrying a family gets that family's requests and assertions on top of the base suite (and,
for the error contract, a stricter check of one base request): they count in its A% and its
denominator, and only there. Each family's assertions have ids starting with its name, so its
verifier (``decaybench.verifiers.kinds.behaviour``) reads exactly them.

The steps use the base flow's users and articles where they need them (the user's article B, the
celeb as the other user) and names of their own elsewhere, so they never collide with it or with
one another; every value they send is derived from the run's suffix.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from decaybench.suite.checks import Check, equals, header, holds, kind, status
from decaybench.suite.runner import State, Step, _keep, _segment, celeb_token, slug, user_token

# The rate limit the rate_limiting prompt states: attempts per sliding window, per client.
LOGIN_ATTEMPTS = 5
LOGIN_WINDOW_S = 2.0


@dataclass(frozen=True)
class SuiteFamily:
    name: str  # also the constraint kind's name and the prefix of its assertion ids
    steps: Callable[[], list[Step]]
    replaces: Mapping[str, Callable[[], list[Check]]] = field(default_factory=dict)  # base step id -> checks
    probes: Callable[[State], dict[str, str]] = lambda state: {}  # secrets sent, for runtime evidence


def _error_key(key: str) -> Check:
    return kind(("errors", key), "nonempty_string_array")


def _register(username: str, email: str, password: str) -> dict[str, Any]:
    return {"user": {"username": username, "email": email, "password": password}}


# --- error contract ------------------------------------------------------------------------------


def _error_contract_steps() -> list[Step]:
    e = "error_contract"
    return [
        Step(
            f"{e}.missing_fields",
            "POST",
            lambda s: "/users",
            [status(422), _error_key("email"), _error_key("password")],
            body=lambda s: {"user": {"username": f"ec{s.suffix}"}},
        ),
        Step(
            f"{e}.no_envelope",
            "POST",
            lambda s: "/users",
            [status(422), _error_key("body")],
            body=lambda s: {"username": f"ec{s.suffix}", "email": f"ec{s.suffix}@example.org"},
        ),
        Step(
            f"{e}.bad_token",
            "GET",
            lambda s: "/user",
            [status(401), _error_key("body")],
            authorization=lambda s: f"Token not-a-token-{s.suffix}",
        ),
        Step(
            f"{e}.malformed_header",
            "GET",
            lambda s: "/user",
            [status(401), _error_key("body")],
            authorization=lambda s: "Basic dXNlcjpwYXNz",
        ),
        Step(
            f"{e}.create_without_token",
            "POST",
            lambda s: "/articles",
            [status(401), _error_key("body")],
            body=lambda s: {"article": {"title": "t", "description": "d", "body": "b"}},
        ),
        Step(
            f"{e}.unknown_article",
            "PUT",
            lambda s: f"/articles/no-such-article-{s.suffix}",
            [status(404), _error_key("body")],
            token=user_token,
            body=lambda s: {"article": {"body": "An edit of nothing"}},
        ),
        Step(
            f"{e}.unknown_comment",
            "DELETE",
            lambda s: f"/articles/{_segment(slug('b')(s))}/comments/987654321",
            [status(404), _error_key("body")],
            token=user_token,
        ),
        Step(
            f"{e}.taken_username",
            "POST",
            lambda s: "/users",
            [status(409), _error_key("username")],
            body=lambda s: _register(s.username, f"other{s.suffix}@example.org", "a-long-password"),
        ),
        Step(
            f"{e}.taken_email",
            "POST",
            lambda s: "/users",
            [status(409), _error_key("email")],
            body=lambda s: _register(f"other{s.suffix}", s.email, "a-long-password"),
        ),
        Step(
            f"{e}.update_to_taken_username",
            "PUT",
            lambda s: "/user",
            [status(409), _error_key("username")],
            token=celeb_token,
            body=lambda s: {"user": {"username": s.username}},
        ),
    ]


ERROR_CONTRACT = SuiteFamily(
    "error_contract",
    _error_contract_steps,
    replaces={
        # The base flow accepts 422 for a duplicate registration; the error contract prescribes 409.
        "errors.duplicate_register": lambda: [status(409), _error_key("username"), _error_key("email")],
    },
)


# --- input validation ----------------------------------------------------------------------------


def _rejected_registration(case: str, user: Callable[[State], dict[str, Any]]) -> Step:
    return Step(
        f"validation.register_{case}", "POST", lambda s: "/users", [status(422)], body=lambda s: {"user": user(s)}
    )


def _valid_user(s: State, tag: str) -> dict[str, Any]:
    return {"username": f"v{tag}{s.suffix}", "email": f"v{tag}{s.suffix}@example.org", "password": "long-enough-pw"}


def _with(tag: str, **changes: Any) -> Callable[[State], dict[str, Any]]:
    return lambda s: {**_valid_user(s, tag), **{k: v(s) if callable(v) else v for k, v in changes.items()}}


def _validator_token(s: State) -> str:
    return s.need("validator_token", "no token for the validation user (its registration gave none)")


def _validator_slug(s: State) -> str:
    return s.need("validator_slug", "no slug for the validation user's article")


def _article(s: State, **changes: Any) -> dict[str, Any]:
    article = {"title": f"Validated {s.suffix}", "description": "d", "body": "b", "tagList": ["ok"]}
    return {"article": {**article, **changes}}


def _rejected_article(case: str, **changes: Any) -> Step:
    return Step(
        f"validation.article_{case}",
        "POST",
        lambda s: "/articles",
        [status(422)],
        token=_validator_token,
        body=lambda s: _article(s, **changes),
    )


def _gather(key: str, *path: str) -> Callable[[State, Any], None]:
    """Keep the value at ``path`` of a response as ``key`` (the base flow's ``_keep``)."""
    return lambda state, body: _keep(state, key, body, path, (str, int))


def _validation_steps() -> list[Step]:
    # Its own user and article: a server that wrongly accepts an update must not break other families.
    return [
        Step(
            "validation.setup_user",
            "POST",
            lambda s: "/users",
            [status(201)],
            body=lambda s: {"user": _valid_user(s, "z")},
            gather=_gather("validator_token", "user", "token"),
        ),
        Step(
            "validation.setup_article",
            "POST",
            lambda s: "/articles",
            [status(201)],
            token=_validator_token,
            body=lambda s: _article(s),
            gather=_gather("validator_slug", "article", "slug"),
        ),
        _rejected_registration("email_format", _with("a", email=lambda s: f"not-an-email-{s.suffix}")),
        _rejected_registration("email_space", _with("b", email=lambda s: f"v b{s.suffix}@example.org")),
        _rejected_registration("username_short", _with("c", username="ab")),
        _rejected_registration("username_chars", _with("d", username=lambda s: f"bad name{s.suffix}")),
        _rejected_registration("username_long", _with("e", username="u" * 33)),
        _rejected_registration("password_short", _with("f", password="seven77")),
        Step("validation.rejected_user_not_stored", "GET", lambda s: f"/profiles/vf{s.suffix}", [status(404)]),
        Step(
            "validation.register_at_limits",
            "POST",
            lambda s: "/users",
            [status(201)],
            body=lambda s: {
                "user": {
                    "username": s.suffix.ljust(32, "x"),
                    "email": f"limits{s.suffix}@example.org",
                    "password": "eight888",
                }
            },
        ),
        Step(
            "validation.update_email",
            "PUT",
            lambda s: "/user",
            [status(422)],
            token=_validator_token,
            body=lambda s: {"user": {"email": "nobody-at-example.org"}},
        ),
        Step(
            "validation.update_image",
            "PUT",
            lambda s: "/user",
            [status(422)],
            token=_validator_token,
            body=lambda s: {"user": {"image": "javascript:alert(1)"}},
        ),
        _rejected_article("blank_title", title="   "),
        _rejected_article("long_title", title="t" * 121),
        _rejected_article("missing_body", body=None),
        _rejected_article("tags_string", tagList="a,b"),
        _rejected_article("tags_numbers", tagList=[1, 2]),
        _rejected_article("too_many_tags", tagList=[f"t{i}" for i in range(11)]),
        Step(
            "validation.article_update_blank_body",
            "PUT",
            lambda s: f"/articles/{_segment(_validator_slug(s))}",
            [status(422)],
            token=_validator_token,
            body=lambda s: {"article": {"body": ""}},
        ),
        Step(
            "validation.comment_blank",
            "POST",
            lambda s: f"/articles/{_segment(_validator_slug(s))}/comments",
            [status(422)],
            token=_validator_token,
            body=lambda s: {"comment": {"body": "  "}},
        ),
        Step(
            "validation.nothing_stored",
            "GET",
            lambda s: f"/articles?author={_segment(_valid_user(s, 'z')['username'])}",
            [
                status(200),
                equals(("articlesCount",), 1, "the validation user has only its valid article"),
                holds(
                    ("articles", 0, "body"),
                    lambda actual, wanted: actual == wanted,
                    "b",
                    "unchanged",
                    "the blank body update changed nothing",
                ),
            ],
        ),
    ]


VALIDATION = SuiteFamily("validation", _validation_steps)


# --- authorization -------------------------------------------------------------------------------


def _forbidden_title(s: State) -> str:
    return f"Hijacked by another user {s.suffix}"


def _has_comment(actual: Any, wanted: Any) -> bool:
    return isinstance(actual, list) and any(isinstance(c, dict) and c.get("id") == wanted for c in actual)


def _authorization_steps() -> list[Step]:
    b = slug("b")
    return [
        Step(
            "authorization.own_comment",
            "POST",
            lambda s: f"/articles/{_segment(b(s))}/comments",
            [status(200)],
            token=user_token,
            body=lambda s: {"comment": {"body": f"Only I may delete this {s.suffix}"}},
            gather=_gather("authz_comment", "comment", "id"),
        ),
        Step(
            "authorization.update_by_other",
            "PUT",
            lambda s: f"/articles/{_segment(b(s))}",
            [status(403)],
            token=celeb_token,
            body=lambda s: {"article": {"title": _forbidden_title(s), "body": _forbidden_title(s)}},
        ),
        Step(
            "authorization.delete_by_other",
            "DELETE",
            lambda s: f"/articles/{_segment(b(s))}",
            [status(403)],
            token=celeb_token,
        ),
        Step(
            "authorization.delete_comment_by_other",
            "DELETE",
            lambda s: f"/articles/{_segment(b(s))}/comments/{_segment(s.need('authz_comment', 'no comment id'))}",
            [status(403)],
            token=celeb_token,
        ),
        Step(
            "authorization.update_without_token",
            "PUT",
            lambda s: f"/articles/{_segment(b(s))}",
            [status(401)],
            body=lambda s: {"article": {"title": _forbidden_title(s)}},
        ),
        Step(
            "authorization.article_unchanged",
            "GET",
            lambda s: f"/articles/{_segment(b(s))}",
            [
                status(200),
                equals(("article", "title"), lambda s: s.article("b")["title"], "the title is still the author's"),
                equals(("article", "body"), lambda s: s.article("b")["body"], "the body is still the author's"),
            ],
        ),
        Step(
            "authorization.comment_kept",
            "GET",
            lambda s: f"/articles/{_segment(b(s))}/comments",
            [
                status(200),
                holds(
                    ("comments",),
                    _has_comment,
                    lambda s: s.need("authz_comment", "no comment id"),
                    "kept",
                    "the comment another user tried to delete is still there",
                ),
            ],
        ),
    ]


AUTHORIZATION = SuiteFamily(
    "authorization", _authorization_steps, probes=lambda s: {"forbidden_edit": _forbidden_title(s)}
)


# --- rate limiting -------------------------------------------------------------------------------


def _retry_after_ok(value: str | None) -> bool:
    return value is not None and value.strip().isdigit() and 1 <= int(value) <= LOGIN_WINDOW_S + 1


def _wrong_login(s: State) -> dict[str, Any]:
    return {"user": {"email": s.email, "password": f"wrong-{s.suffix}"}}


def _rate_limiting_steps() -> list[Step]:
    # Wait out the window so the base flow's logins do not count, then spend the allowance at once.
    attempts = [
        Step(
            f"rate_limiting.attempt_{n}",
            "POST",
            lambda s: "/users/login",
            [status(401)],
            body=_wrong_login,
            wait_s=LOGIN_WINDOW_S + 0.2 if n == 1 else 0.0,
        )
        for n in range(1, LOGIN_ATTEMPTS + 1)
    ]
    return [
        *attempts,
        Step(
            "rate_limiting.over_limit",
            "POST",
            lambda s: "/users/login",
            [
                status(429),
                header(
                    "Retry-After",
                    _retry_after_ok,
                    f"Retry-After is a whole number of seconds from 1 to {LOGIN_WINDOW_S + 1:g}",
                    "1..3",
                ),
            ],
            body=lambda s: {"user": {"email": s.email, "password": s.password}},
        ),
        Step("rate_limiting.other_endpoint", "GET", lambda s: "/tags", [status(200)]),
        Step("rate_limiting.authenticated_endpoint", "GET", lambda s: "/user", [status(200)], token=user_token),
        Step(
            "rate_limiting.after_window",
            "POST",
            lambda s: "/users/login",
            [status(200)],
            body=lambda s: {"user": {"email": s.email, "password": s.password}},
            wait_s=LOGIN_WINDOW_S + 0.2,
        ),
    ]


RATE_LIMITING = SuiteFamily("rate_limiting", _rate_limiting_steps)


# --- password storage ----------------------------------------------------------------------------


def _twin_password(s: State) -> str:
    return f"twin-{s.suffix}-passphrase"


def _twin(n: int) -> Callable[[State], dict[str, Any]]:
    return lambda s: _register(f"twin{n}{s.suffix}", f"twin{n}{s.suffix}@example.org", _twin_password(s))


def _password_steps() -> list[Step]:
    # Two users with one password: salted hashes must differ (runtime evidence reads them).
    return [
        Step(f"password_storage.register_twin_{n}", "POST", lambda s: "/users", [status(201)], body=_twin(n))
        for n in (1, 2)
    ]


PASSWORD_STORAGE = SuiteFamily(
    "password_storage", _password_steps, probes=lambda s: {"twin_password": _twin_password(s)}
)

FAMILIES: dict[str, SuiteFamily] = {
    family.name: family for family in (ERROR_CONTRACT, VALIDATION, AUTHORIZATION, RATE_LIMITING, PASSWORD_STORAGE)
}
