"""The behavioural suite: the standard Conduit end-to-end flow, with a fixed list of assertions.

Every step (one request) declares its assertions before it is sent. A step whose request fails,
or cannot even be built because an earlier step did not deliver its data (a token, a slug),
fails all of its assertions, so ``report.total`` is the same for a perfect server and a dead one.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from decaybench.contract import NOT_JSON, prepare_validation, response_violations
from decaybench.suite.checks import (
    Check,
    MissingData,
    Path,
    Pick,
    at_least,
    contains,
    dig,
    equals,
    kind,
    length,
    newest_first,
    present,
    same_items,
    status,
)
from decaybench.suite.http import Exchange, HardenedClient
from decaybench.suite.model import (
    AssertionResult,
    RequestRecord,
    SchemaReport,
    SchemaViolation,
    SuiteReport,
)

if TYPE_CHECKING:
    from decaybench.suite.families import SuiteFamily

# After this many timeouts in a row the server is taken as hung: the remaining steps are not sent
# (their assertions still fail), which keeps a hung server from costing steps x timeout seconds.
MAX_CONSECUTIVE_TIMEOUTS = 3


@dataclass
class State:
    """Names chosen for this run and data gathered from earlier responses."""

    suffix: str = field(default_factory=lambda: secrets.token_hex(4))
    gathered: dict[str, Any] = field(default_factory=dict)

    # Unique per run so reruns against one server never collide.
    @property
    def username(self) -> str:
        return f"decay{self.suffix}"

    @property
    def email(self) -> str:
        return f"decay{self.suffix}@example.org"

    @property
    def password(self) -> str:
        return f"pw-{self.suffix}-secret"

    @property
    def celeb(self) -> str:
        return f"celeb_{self.username}"

    @property
    def celeb_email(self) -> str:
        return f"celeb_{self.suffix}@example.org"

    @property
    def bio(self) -> str:
        return f"I measure constraint decay ({self.suffix})"

    @property
    def image(self) -> str:
        return f"https://example.org/avatars/{self.suffix}.png"

    @property
    def shared_tag(self) -> str:
        return f"decay{self.suffix}"

    @property
    def first_tag(self) -> str:
        return f"first{self.suffix}"

    @property
    def celeb_tag(self) -> str:
        return f"celeb{self.suffix}"

    def article(self, key: str) -> dict[str, Any]:
        """What the suite sends for article A (first), B (second) and C (the celeb's)."""
        texts = {
            "a": ("How constraints decay", "Why more rules mean less working code"),
            "b": ("Measuring decay twice", "A second look at the same question"),
            "c": ("Celebrity thoughts on decay", "Written by the followed user"),
        }
        tags = {
            "a": [self.first_tag, self.shared_tag],
            "b": [self.shared_tag],
            "c": [self.shared_tag, self.celeb_tag],
        }
        title, description = texts[key]
        return {
            "title": f"{title} {self.suffix}",
            "description": f"{description} {self.suffix}",
            "body": f"Body of article {key.upper()} for run {self.suffix}.",
            "tagList": tags[key],
        }

    @property
    def updated_body(self) -> str:
        return f"Updated body of article A for run {self.suffix}."

    @property
    def comment_body(self) -> str:
        return f"Thoughtful comment {self.suffix}"

    def need(self, key: str, what: str) -> Any:
        value = self.gathered.get(key)
        if value is None:
            raise MissingData(what)
        return value


Token = Callable[[State], str] | None


@dataclass
class Step:
    id: str
    method: str
    path: Callable[[State], str]
    checks: list[Check]
    token: Token = None
    body: Callable[[State], Any] | None = None
    gather: Callable[[State, Any], None] | None = None
    wait_s: float = 0.0  # pause before sending (rate-limit windows)
    authorization: Callable[[State], str] | None = None  # a raw Authorization header instead of the token


def user_token(state: State) -> str:
    return state.need("token", "no token for the user (register and login gave none)")


def celeb_token(state: State) -> str:
    return state.need("celeb_token", "no token for the celeb user (its registration gave none)")


def slug(key: str) -> Callable[[State], str]:
    return lambda state: state.need(f"slug_{key}", f"slug of article {key.upper()} unknown")


def listed(key: str) -> Pick:
    """Article ``key`` inside a list, found by its slug wherever the server put it."""
    return Pick(key, "slug", slug(key))


def comment_id(state: State) -> Any:
    return state.need("comment_id", "comment id unknown")


def _segment(value: Any) -> str:
    return quote(str(value), safe="")


def _keep(
    state: State, key: str, body: Any, path: tuple[str | int, ...], accept: type | tuple[type, ...] = str
) -> None:
    try:
        value = dig(body, path)
    except Exception:
        return
    if isinstance(value, accept) and not isinstance(value, bool) and value != "":
        state.gathered[key] = value


# --- blocks of checks over the objects of the API ----------------------------------------------


def user_checks(updated: bool) -> list[Check]:
    p = ("user",)
    checks = [
        equals(p + ("email",), lambda s: s.email, "user.email is the email registered"),
        equals(p + ("username",), lambda s: s.username, "user.username is the name registered"),
        kind(p + ("token",), "nonempty_string"),
    ]
    if updated:
        checks += [
            equals(p + ("bio",), lambda s: s.bio, "user.bio is the bio just set"),
            equals(p + ("image",), lambda s: s.image, "user.image is the image just set"),
        ]
    else:
        checks += [kind(p + ("bio",), "string_or_null"), kind(p + ("image",), "string_or_null")]
    return checks


def celeb_user_checks() -> list[Check]:
    p = ("user",)
    return [
        equals(p + ("email",), lambda s: s.celeb_email, "user.email is the celeb's email"),
        equals(p + ("username",), lambda s: s.celeb, "user.username is celeb_<first user's name>"),
        kind(p + ("token",), "nonempty_string"),
        kind(p + ("bio",), "string_or_null"),
        kind(p + ("image",), "string_or_null"),
    ]


def profile_checks(prefix: Path, who: str, following: bool) -> list[Check]:
    """Author or profile object. ``who`` is "user" (bio and image known) or "celeb"."""
    checks = [
        equals(
            prefix + ("username",),
            (lambda s: s.username) if who == "user" else (lambda s: s.celeb),
            f"{'.'.join(map(str, prefix))}.username is the {who}'s name",
        )
    ]
    if who == "user":
        checks += [
            equals(prefix + ("bio",), lambda s: s.bio, "bio is the user's updated bio"),
            equals(prefix + ("image",), lambda s: s.image, "image is the user's updated image"),
        ]
    else:
        checks += [kind(prefix + ("bio",), "string_or_null"), kind(prefix + ("image",), "string_or_null")]
    checks.append(
        equals(
            prefix + ("following",),
            following,
            f"following is {str(following).lower()} from the viewer's point of view",
        )
    )
    return checks


def article_checks(
    prefix: Path,
    key: str,
    *,
    favorited: bool,
    favorites: int,
    following: bool = False,
    body: Callable[[State], str] | None = None,
    known_slug: bool = True,
) -> list[Check]:
    """Every field of article ``key`` (a, b or c) as the viewer should see it. In a list (the
    prefix ends in a ``Pick``) the item is found by its slug, so its first check is its presence."""
    author = "celeb" if key == "c" else "user"
    checks: list[Check] = []
    if isinstance(prefix[-1], Pick):
        checks.append(present(prefix, f"article {key.upper()} is in the list (found by its slug)"))
    elif known_slug:
        checks.append(equals(prefix + ("slug",), slug(key), f"slug is article {key.upper()}'s slug"))
    else:
        checks.append(kind(prefix + ("slug",), "nonempty_string"))
    checks += [
        equals(prefix + ("title",), lambda s: s.article(key)["title"], "title is the one sent"),
        equals(
            prefix + ("description",),
            lambda s: s.article(key)["description"],
            "description is the one sent",
        ),
        equals(
            prefix + ("body",),
            body or (lambda s: s.article(key)["body"]),
            "body is the current body",
        ),
        same_items(prefix + ("tagList",), lambda s: s.article(key)["tagList"], "tagList holds the tags sent"),
        kind(prefix + ("createdAt",), "datetime"),
        kind(prefix + ("updatedAt",), "datetime"),
        equals(
            prefix + ("favorited",),
            favorited,
            f"favorited is {str(favorited).lower()} for this viewer",
        ),
        equals(prefix + ("favoritesCount",), favorites, f"favoritesCount is the integer {favorites}"),
    ]
    return checks + profile_checks(prefix + ("author",), author, following)


def listed_checks(key: str, *, favorited: bool, favorites: int, following: bool = False) -> list[Check]:
    """Every field of article ``key`` as an item of a list, found by its slug."""
    return article_checks(("articles", listed(key)), key, favorited=favorited, favorites=favorites, following=following)


def order_check(*keys: str) -> Check:
    """The listed articles ``keys`` (newest first) stand in that order, ties in createdAt aside."""
    names = ", ".join(key.upper() for key in keys)
    return newest_first(
        ("articles",),
        [listed(key) for key in keys],
        f"articles {names} are listed newest first (by their createdAt; equal times in either order)",
    )


def list_head(count: int) -> list[Check]:
    return [
        equals(("articlesCount",), count, f"articlesCount is the integer {count}"),
        length(("articles",), count),
    ]


def error_checks() -> list[Check]:
    return [kind(("errors", "body"), "nonempty_string_array")]


def comment_checks(prefix: Path, *, known_id: bool, following: bool) -> list[Check]:
    if isinstance(prefix[-1], Pick):
        first = present(prefix, "the new comment is in the list (found by its id)")
    elif known_id:
        first = equals(prefix + ("id",), comment_id, "id is the new comment's id")
    else:
        first = kind(prefix + ("id",), "id")
    checks = [
        first,
        equals(prefix + ("body",), lambda s: s.comment_body, "body is the comment sent"),
        kind(prefix + ("createdAt",), "datetime"),
        kind(prefix + ("updatedAt",), "datetime"),
    ]
    return checks + profile_checks(prefix + ("author",), "user", following)


# --- the flow ------------------------------------------------------------------------------------


def _articles_query(**params: str) -> str:
    return "/articles?" + urlencode(params)


def build_steps() -> list[Step]:
    """The whole flow, in order. Pure: the same steps and checks every call."""

    def gather_token(key: str) -> Callable[[State, Any], None]:
        return lambda state, body: _keep(state, key, body, ("user", "token"))

    def gather_slug(key: str) -> Callable[[State, Any], None]:
        return lambda state, body: _keep(state, f"slug_{key}", body, ("article", "slug"))

    def new_article(key: str) -> Callable[[State], Any]:
        return lambda s: {"article": s.article(key)}

    new_comment = ("comments", Pick("comment", "id", comment_id))

    return [
        # --- users
        Step(
            "users.register",
            "POST",
            lambda s: "/users",
            [status(201), *user_checks(False)],
            body=lambda s: {"user": {"username": s.username, "email": s.email, "password": s.password}},
            gather=gather_token("token"),
        ),
        Step(
            "users.register_celeb",
            "POST",
            lambda s: "/users",
            [status(201), *celeb_user_checks()],
            body=lambda s: {"user": {"username": s.celeb, "email": s.celeb_email, "password": s.password}},
            gather=gather_token("celeb_token"),
        ),
        Step(
            "users.login",
            "POST",
            lambda s: "/users/login",
            [status(200), *user_checks(False)],
            body=lambda s: {"user": {"email": s.email, "password": s.password}},
            gather=gather_token("token"),
        ),
        Step("users.current", "GET", lambda s: "/user", [status(200), *user_checks(False)], token=user_token),
        Step(
            "users.update",
            "PUT",
            lambda s: "/user",
            [status(200), *user_checks(True)],
            token=user_token,
            body=lambda s: {"user": {"bio": s.bio, "image": s.image}},
        ),
        # --- articles: A and B by the user, C by the celeb (created last, so most recent)
        Step(
            "articles.create",
            "POST",
            lambda s: "/articles",
            [status(201), *article_checks(("article",), "a", favorited=False, favorites=0, known_slug=False)],
            token=user_token,
            body=new_article("a"),
            gather=gather_slug("a"),
        ),
        Step(
            "articles.create_second",
            "POST",
            lambda s: "/articles",
            [status(201), *article_checks(("article",), "b", favorited=False, favorites=0, known_slug=False)],
            token=user_token,
            body=new_article("b"),
            gather=gather_slug("b"),
        ),
        Step(
            "articles.create_celeb",
            "POST",
            lambda s: "/articles",
            [status(201), *article_checks(("article",), "c", favorited=False, favorites=0, known_slug=False)],
            token=celeb_token,
            body=new_article("c"),
            gather=gather_slug("c"),
        ),
        Step(
            "articles.favorite",
            "POST",
            lambda s: f"/articles/{_segment(slug('a')(s))}/favorite",
            [status(200), *article_checks(("article",), "a", favorited=True, favorites=1)],
            token=user_token,
        ),
        # --- lists: every item is found by its slug and checked in full, on every call; the
        # order is judged apart (newest first, by the returned createdAt), so a misordered list
        # costs its order assertion and nothing else.
        Step(
            "articles.list_all",
            "GET",
            lambda s: "/articles",
            [
                status(200),
                kind(("articles",), "array"),
                at_least(("articlesCount",), 3, "articlesCount counts at least the 3 new articles"),
                *listed_checks("c", favorited=False, favorites=0),
                *listed_checks("b", favorited=False, favorites=0),
                *listed_checks("a", favorited=False, favorites=1),
                order_check("c", "b", "a"),
            ],
        ),
        Step(
            "articles.list_all_auth",
            "GET",
            lambda s: "/articles",
            [
                status(200),
                at_least(("articlesCount",), 3, "articlesCount counts at least the 3 new articles"),
                *listed_checks("c", favorited=False, favorites=0, following=False),
                *listed_checks("b", favorited=False, favorites=0),
                *listed_checks("a", favorited=True, favorites=1),
                order_check("c", "b", "a"),
            ],
            token=user_token,
        ),
        Step(
            "articles.by_author",
            "GET",
            lambda s: _articles_query(author=s.username),
            [
                status(200),
                *list_head(2),
                *listed_checks("b", favorited=False, favorites=0),
                *listed_checks("a", favorited=False, favorites=1),
                order_check("b", "a"),
            ],
        ),
        Step(
            "articles.by_author_auth",
            "GET",
            lambda s: _articles_query(author=s.username),
            [
                status(200),
                *list_head(2),
                *listed_checks("b", favorited=False, favorites=0),
                *listed_checks("a", favorited=True, favorites=1),
                order_check("b", "a"),
            ],
            token=user_token,
        ),
        Step(
            "articles.by_author_page",
            "GET",
            lambda s: _articles_query(author=s.username, limit="1"),
            [
                status(200),
                equals(("articlesCount",), 2, "articlesCount counts every match, not just the page"),
                length(("articles",), 1, "limit=1 returns one article"),
            ],
        ),
        Step(
            "articles.by_tag",
            "GET",
            lambda s: _articles_query(tag=s.first_tag),
            [status(200), *list_head(1), *listed_checks("a", favorited=False, favorites=1)],
        ),
        Step(
            "articles.by_tag_auth",
            "GET",
            lambda s: _articles_query(tag=s.first_tag),
            [status(200), *list_head(1), *listed_checks("a", favorited=True, favorites=1)],
            token=user_token,
        ),
        Step(
            "articles.favorited_by",
            "GET",
            lambda s: _articles_query(favorited=s.username),
            [status(200), *list_head(1), *listed_checks("a", favorited=False, favorites=1)],
        ),
        Step(
            "articles.favorited_by_auth",
            "GET",
            lambda s: _articles_query(favorited=s.username),
            [status(200), *list_head(1), *listed_checks("a", favorited=True, favorites=1)],
            token=user_token,
        ),
        Step(
            "articles.unfavorite",
            "DELETE",
            lambda s: f"/articles/{_segment(slug('a')(s))}/favorite",
            [
                status(200),
                equals(("article", "slug"), slug("a"), "slug is article A's slug"),
                equals(("article", "favorited"), False, "favorited is false again"),
                equals(("article", "favoritesCount"), 0, "favoritesCount is back to the integer 0"),
            ],
            token=user_token,
        ),
        Step(
            "articles.get",
            "GET",
            lambda s: f"/articles/{_segment(slug('a')(s))}",
            [status(200), *article_checks(("article",), "a", favorited=False, favorites=0)],
        ),
        Step(
            "articles.update",
            "PUT",
            lambda s: f"/articles/{_segment(slug('a')(s))}",
            [
                status(200),
                *article_checks(("article",), "a", favorited=False, favorites=0, body=lambda s: s.updated_body),
            ],
            token=user_token,
            body=lambda s: {"article": {"body": s.updated_body}},
        ),
        # --- comments on A
        Step(
            "comments.create",
            "POST",
            lambda s: f"/articles/{_segment(slug('a')(s))}/comments",
            [status(200), *comment_checks(("comment",), known_id=False, following=False)],
            token=user_token,
            body=lambda s: {"comment": {"body": s.comment_body}},
            gather=lambda s, body: _keep(s, "comment_id", body, ("comment", "id"), (int, str)),
        ),
        Step(
            "comments.list",
            "GET",
            lambda s: f"/articles/{_segment(slug('a')(s))}/comments",
            [
                status(200),
                length(("comments",), 1),
                *comment_checks(new_comment, known_id=True, following=False),
            ],
        ),
        Step(
            "comments.list_auth",
            "GET",
            lambda s: f"/articles/{_segment(slug('a')(s))}/comments",
            [
                status(200),
                length(("comments",), 1),
                present(new_comment, "the new comment is in the list (found by its id)"),
                equals(new_comment + ("author", "following"), False, "author.following is false (own comment)"),
            ],
            token=user_token,
        ),
        Step(
            "comments.delete",
            "DELETE",
            lambda s: f"/articles/{_segment(slug('a')(s))}/comments/{_segment(comment_id(s))}",
            [status(200)],
            token=user_token,
        ),
        Step(
            "comments.list_after_delete",
            "GET",
            lambda s: f"/articles/{_segment(slug('a')(s))}/comments",
            [status(200), length(("comments",), 0, "the deleted comment is gone")],
        ),
        # --- profiles and the feed
        Step(
            "profiles.get",
            "GET",
            lambda s: f"/profiles/{_segment(s.celeb)}",
            [status(200), *profile_checks(("profile",), "celeb", False)],
        ),
        Step(
            "profiles.follow",
            "POST",
            lambda s: f"/profiles/{_segment(s.celeb)}/follow",
            [status(200), *profile_checks(("profile",), "celeb", True)],
            token=user_token,
        ),
        Step(
            "articles.feed",
            "GET",
            lambda s: "/articles/feed",
            [status(200), *list_head(1), *listed_checks("c", favorited=False, favorites=0, following=True)],
            token=user_token,
        ),
        Step(
            "profiles.get_auth",
            "GET",
            lambda s: f"/profiles/{_segment(s.celeb)}",
            [status(200), *profile_checks(("profile",), "celeb", True)],
            token=user_token,
        ),
        Step(
            "profiles.unfollow",
            "DELETE",
            lambda s: f"/profiles/{_segment(s.celeb)}/follow",
            [status(200), *profile_checks(("profile",), "celeb", False)],
            token=user_token,
        ),
        # --- odds and ends
        Step(
            "articles.by_unknown_author",
            "GET",
            lambda s: _articles_query(author=f"nobody{s.suffix}"),
            [status(200), *list_head(0)],
        ),
        Step(
            "tags.list",
            "GET",
            lambda s: "/tags",
            [
                status(200),
                kind(("tags",), "string_array"),
                contains(
                    ("tags",),
                    lambda s: [s.first_tag, s.shared_tag, s.celeb_tag],
                    "tags include every tag of the new articles",
                ),
            ],
        ),
        Step(
            "articles.delete",
            "DELETE",
            lambda s: f"/articles/{_segment(slug('a')(s))}",
            [status(200)],
            token=user_token,
        ),
        Step(
            "errors.deleted_article",
            "GET",
            lambda s: f"/articles/{_segment(slug('a')(s))}",
            [status(404), *error_checks()],
        ),
        Step("errors.no_token", "GET", lambda s: "/user", [status(401), *error_checks()]),
        Step(
            "errors.duplicate_register",
            "POST",
            lambda s: "/users",
            [status(422), *error_checks()],
            body=lambda s: {"user": {"username": s.username, "email": s.email, "password": s.password}},
        ),
        Step(
            "errors.unknown_profile",
            "GET",
            lambda s: f"/profiles/nobody{s.suffix}",
            [status(404), *error_checks()],
        ),
    ]


def steps_for(families: Sequence[SuiteFamily] = ()) -> list[Step]:
    """The base flow with each family's replaced checks, then each family's own requests."""
    steps = build_steps()
    for family in families:
        for step in steps:
            if step.id in family.replaces:
                step.checks = family.replaces[step.id]()
    for family in families:
        steps.extend(family.steps())
    return steps


def assertion_ids(families: Sequence[SuiteFamily] = ()) -> list[str]:
    """Every assertion id, in order: the fixed denominator of a task carrying ``families``."""
    return [f"{step.id}.{check.name}" for step in steps_for(families) for check in step.checks]


def _record(report: SuiteReport, step: Step, check: Check, passed: bool, expected: Any, actual: Any) -> None:
    report.assertions.append(
        AssertionResult(
            id=f"{step.id}.{check.name}",
            request=step.id,
            description=check.description,
            passed=passed,
            expected=expected,
            actual=actual,
        )
    )


def _fail_all(step: Step, state: State, report: SuiteReport, reason: str) -> None:
    """Every check of a step that got no usable response fails, showing its expectation and why."""
    for check in step.checks:
        _, expected, _ = check.evaluate(None, NOT_JSON, reason, state)
        _record(report, step, check, False, expected, reason)


def _run_step(
    step: Step,
    state: State,
    client: HardenedClient,
    report: SuiteReport,
    skip_reason: str | None,
    answered: list[tuple[Step, str, Exchange]],
) -> Exchange | None:
    path = "?"
    try:
        path = step.path(state)
        token = step.token(state) if step.token else None
        payload = step.body(state) if step.body else None
        if skip_reason:
            raise MissingData(skip_reason)
    except MissingData as exc:
        error = f"not sent: {exc}"
        report.requests.append(RequestRecord(id=step.id, method=step.method, path=path, error=error))
        _fail_all(step, state, report, error)
        return None

    if step.wait_s:
        time.sleep(step.wait_s)
    authorization = step.authorization(state) if step.authorization else None
    exchange = client.send(step.method, path, token=token, json_body=payload, authorization=authorization)
    report.requests.append(
        RequestRecord(
            id=step.id,
            method=step.method,
            path=path,
            status=exchange.status,
            error=exchange.error,
            duration_s=round(exchange.duration_s, 4),
        )
    )
    if exchange.failed:
        _fail_all(step, state, report, exchange.error or "")
        return exchange
    if step.gather and exchange.body is not NOT_JSON:
        step.gather(state, exchange.body)
    for check in step.checks:
        result = check.evaluate(exchange.status, exchange.body, exchange.body_problem, state, exchange.headers)
        _record(report, step, check, *result)
    if exchange.status is not None:
        answered.append((step, path, exchange))
    return exchange


def _validate_schema(step: Step, path: str, exchange: Exchange, schema: SchemaReport) -> None:
    schema.checked += 1
    try:
        violations = response_violations(step.method, path, exchange.status or 0, exchange.body)
    except Exception as exc:  # a validator crash on a hostile body is a finding, not a suite crash
        schema.violations.append(SchemaViolation(request=step.id, message=f"could not validate: {exc!r}"[:300]))
        return
    for violation in violations:
        schema.violations.append(SchemaViolation(request=step.id, message=violation.message, path=violation.path))


def _quietly(prepare: Callable[[], None]) -> None:
    try:
        prepare()
    except Exception:  # noqa: BLE001 - the same failure meets each validation, where it is recorded per request
        pass


def run_suite(
    base_url: str,
    *,
    timeout: float = 5.0,
    uds: str | None = None,
    deadline_s: float | None = None,
    families: Sequence[SuiteFamily] = (),
) -> SuiteReport:
    """Run the whole flow against ``base_url`` (ending in ``/api``); never raises for server faults.

    ``uds``: reach the server through that unix socket. ``deadline_s``: the whole suite's time
    limit; steps left when it passes are not sent (and fail), so a slow server cannot hold a sweep.
    ``families``: the behaviour families of the task (``decaybench.suite.families``), whose requests
    follow the base flow and count only here.
    """
    started = time.monotonic()
    report = SuiteReport(base_url=base_url)
    state = State()
    timeouts_in_a_row = 0
    # The responses are checked against the contract's schemas after the flow: the validator's import and
    # set-up (a third of a cold start) happen meanwhile, in a thread, while this one waits on the server.
    warm_up = threading.Thread(target=_quietly, args=(prepare_validation,), name="contract-warm-up", daemon=True)
    warm_up.start()
    answered: list[tuple[Step, str, Exchange]] = []
    with HardenedClient(base_url, timeout, uds=uds) as client:
        for step in steps_for(families):
            skip = None
            if timeouts_in_a_row >= MAX_CONSECUTIVE_TIMEOUTS:
                skip = f"server stopped answering ({timeouts_in_a_row} timeouts in a row)"
            elif deadline_s is not None and time.monotonic() - started > deadline_s:
                skip = f"suite deadline ({deadline_s:g} s) passed"
                report.deadline_hit = True
            exchange = _run_step(step, state, client, report, skip, answered)
            if exchange is not None:
                timeouts_in_a_row = timeouts_in_a_row + 1 if exchange.timed_out else 0
    warm_up.join()
    for step, path, exchange in answered:
        _validate_schema(step, path, exchange, report.schema_report)
    report.duration_s = round(time.monotonic() - started, 4)
    report.families = [family.name for family in families]
    report.probes = {"password": state.password}
    for family in families:
        report.probes.update(family.probes(state))
    return report
