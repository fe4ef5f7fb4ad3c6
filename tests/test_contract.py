"""The contract document: valid OpenAPI 3.1, complete, in line with CONTRACT-NOTES, and a validator
that accepts conforming bodies and names what is wrong with the others."""

from __future__ import annotations

import copy
import json

import pytest
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_spec

from decaybench.contract import (
    NOT_JSON,
    OPENAPI_PATH,
    DateTime,
    _validator_for,
    find_operation,
    is_rfc3339,
    load_openapi,
    operations,
    parse_date_time,
    response_schema_pointers,
    response_violations,
    validate_response,
)

# (method, path template) -> (success status, error statuses CONTRACT-NOTES requires)
EXPECTED = {
    ("POST", "/users/login"): (200, {401, 422}),
    ("POST", "/users"): (201, {422}),
    ("GET", "/user"): (200, {401, 422}),
    ("PUT", "/user"): (200, {401, 422}),
    ("GET", "/profiles/{username}"): (200, {401, 404, 422}),
    ("POST", "/profiles/{username}/follow"): (200, {401, 422}),
    ("DELETE", "/profiles/{username}/follow"): (200, {401, 422}),
    ("GET", "/articles"): (200, {401, 422}),
    ("GET", "/articles/feed"): (200, {401, 422}),
    ("POST", "/articles"): (201, {401, 422}),
    ("GET", "/articles/{slug}"): (200, {404, 422}),
    ("PUT", "/articles/{slug}"): (200, {401, 403, 422}),
    ("DELETE", "/articles/{slug}"): (200, {401, 403, 422}),
    ("POST", "/articles/{slug}/favorite"): (200, {401, 422}),
    ("DELETE", "/articles/{slug}/favorite"): (200, {401, 422}),
    ("GET", "/articles/{slug}/comments"): (200, {401, 422}),
    ("POST", "/articles/{slug}/comments"): (200, {401, 422}),
    ("DELETE", "/articles/{slug}/comments/{id}"): (200, {401, 422}),
    ("GET", "/tags"): (200, {422}),
}
AUTH_OPTIONAL = {
    ("GET", "/profiles/{username}"),
    ("GET", "/articles"),
    ("GET", "/articles/{slug}"),
    ("GET", "/articles/{slug}/comments"),
}
NO_AUTH = {("POST", "/users/login"), ("POST", "/users"), ("GET", "/tags"), ("GET", "/health-check")}


def operation_object(method: str, template: str) -> dict:
    return load_openapi()["paths"][template][method.lower()]


def schema(name: str) -> dict:
    return load_openapi()["components"]["schemas"][name]


PROFILE = {"username": "jake", "bio": None, "image": "https://example.org/j.png", "following": False}
ARTICLE = {
    "slug": "how-to-train-your-dragon",
    "title": "How to train your dragon",
    "description": "Ever wonder how?",
    "body": "It takes a Jacobian",
    "tagList": ["dragons", "training"],
    "createdAt": "2016-02-18T03:22:56.637Z",
    "updatedAt": "2016-02-18T03:48:35.824+00:00",
    "favorited": False,
    "favoritesCount": 0,
    "author": PROFILE,
}
COMMENT = {
    "id": 1,
    "createdAt": "2016-02-18T03:22:56.637Z",
    "updatedAt": "2016-02-18T03:22:56.637Z",
    "body": "It takes a Jacobian",
    "author": PROFILE,
}
USER = {
    "email": "jake@jake.jake",
    "token": "jwt.token.here",
    "username": "jake",
    "bio": "I work at statefarm",
    "image": None,
}


# ---------------------------------------------------------------------------- the document


def test_document_is_valid_openapi_3_1():
    doc = load_openapi()
    assert OPENAPI_PATH.name == "openapi.yaml"
    assert doc["openapi"].startswith("3.1")
    validate_spec(copy.deepcopy(doc))  # raises on any structural error
    assert doc["servers"] == [{"url": "/api"}]
    broken = copy.deepcopy(doc)
    broken["paths"]["/tags"]["get"]["responses"]["200"] = {"content": {}}  # description is required
    with pytest.raises(Exception, match="description"):
        validate_spec(broken)


def test_every_response_schema_is_a_valid_draft_2020_12_schema():
    # the validators skip the meta-schema check at run time (start-up cost); it is done here, once
    pointers = response_schema_pointers()
    assert len(pointers) >= 10
    for pointer in pointers:
        Draft202012Validator.check_schema(_validator_for(pointer).schema)


def test_nineteen_operations_plus_health_check():
    found = {(o.method, o.template) for o in operations()}
    assert found == set(EXPECTED) | {("GET", "/health-check")}
    assert len(found) == 20
    assert list(operation_object("GET", "/health-check")["responses"]) == ["200"]
    ids = [operation_object(o.method, o.template)["operationId"] for o in operations()]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize(("method", "template"), sorted(EXPECTED))
def test_statuses_agree_with_contract_notes(method, template):
    success, errors = EXPECTED[(method, template)]
    documented = {int(code) for code in operation_object(method, template)["responses"]}
    successes = {code for code in documented if code < 400}
    assert successes == {success}
    assert errors <= documented
    assert "default" not in operation_object(method, template)["responses"]  # undocumented = violation


def test_not_found_and_forbidden_where_usual_practice_puts_them():
    for key in [
        ("GET", "/profiles/{username}"),
        ("GET", "/articles/{slug}"),
        ("PUT", "/articles/{slug}"),
        ("DELETE", "/articles/{slug}"),
        ("DELETE", "/articles/{slug}/comments/{id}"),
    ]:
        assert "404" in operation_object(*key)["responses"], key
    for key in [
        ("PUT", "/articles/{slug}"),
        ("DELETE", "/articles/{slug}"),
        ("DELETE", "/articles/{slug}/comments/{id}"),
    ]:
        assert "403" in operation_object(*key)["responses"], key


def test_security_token_header():
    doc = load_openapi()
    scheme = doc["components"]["securitySchemes"]["TokenAuth"]
    assert scheme == {**scheme, "type": "apiKey", "in": "header", "name": "Authorization"}
    assert "Token " in scheme["description"]
    for op in operations():
        key = (op.method, op.template)
        security = operation_object(*key).get("security")
        if key in NO_AUTH:
            assert security is None, key
        elif key in AUTH_OPTIONAL:
            assert {} in security and {"TokenAuth": []} in security, key
        else:
            assert security == [{"TokenAuth": []}], key


def test_object_shapes():
    assert set(schema("User")["required"]) == {"email", "token", "username", "bio", "image"}
    assert set(schema("Profile")["required"]) == {"username", "bio", "image", "following"}
    article = schema("Article")
    assert "body" in article["required"] and "author" in article["required"]
    assert article["properties"]["favoritesCount"]["type"] == "integer"
    assert schema("Timestamp") == {**schema("Timestamp"), "type": "string", "format": "date-time"}
    assert schema("NullableString")["type"] == ["string", "null"]
    listing = schema("ArticleListEnvelope")
    assert listing["properties"]["articles"]["items"] == {"$ref": "#/components/schemas/Article"}
    assert listing["properties"]["articlesCount"]["type"] == "integer"
    assert set(listing["required"]) == {"articles", "articlesCount"}
    errors = schema("ErrorEnvelope")["properties"]["errors"]
    assert errors["additionalProperties"]["items"]["type"] == "string" and errors["minProperties"] == 1
    # the base contract's messages under body, and an error contract's keys by field, both conform
    assert validate_response("POST", "/api/users", 422, {"errors": {"body": ["email has already been taken"]}}) == []
    assert validate_response("POST", "/api/users", 409, {"errors": {"email": ["has already been taken"]}}) == []
    assert validate_response("POST", "/api/users", 422, {"errors": {}}) != []
    assert validate_response("POST", "/api/users/login", 429, {"errors": {"body": []}}) != []


def test_every_error_response_uses_the_error_envelope():
    for op in operations():
        for code, response in operation_object(op.method, op.template)["responses"].items():
            if code.startswith("4"):
                ref = response["$ref"]
                target = load_openapi()["components"]["responses"][ref.rsplit("/", 1)[1]]
                assert target["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorEnvelope"}


# ---------------------------------------------------------------------------- path matching


@pytest.mark.parametrize(
    ("method", "path", "template"),
    [
        ("GET", "/api/articles/feed", "/articles/feed"),
        ("GET", "/api/articles/feed?limit=5", "/articles/feed"),
        ("GET", "/api/articles/how-to-x", "/articles/{slug}"),
        ("GET", "http://127.0.0.1:9/api/articles/how-to-x/comments", "/articles/{slug}/comments"),
        ("DELETE", "/api/articles/how-to-x/comments/12", "/articles/{slug}/comments/{id}"),
        ("POST", "/articles/how-to-x/favorite", "/articles/{slug}/favorite"),
        ("GET", "/api/user/", "/user"),
        ("GET", "/api/health-check", "/health-check"),
        ("POST", "/api/profiles/celeb_jake/follow", "/profiles/{username}/follow"),
    ],
)
def test_concrete_paths_find_their_operation(method, path, template):
    operation = find_operation(method, path)
    assert operation is not None and operation.template == template and operation.method == method


def test_unknown_paths_and_methods_are_violations():
    assert find_operation("PATCH", "/api/user") is None
    assert validate_response("PATCH", "/api/user", 200, {}) == ["PATCH /user is not an operation of the contract"]
    assert "is not an operation" in validate_response("GET", "/api/nowhere", 200, {})[0]


# ---------------------------------------------------------------------------- validation


def test_conforming_bodies_are_valid():
    assert validate_response("POST", "/api/users", 201, {"user": USER}) == []
    assert validate_response("GET", "/api/profiles/jake", 200, {"profile": PROFILE}) == []
    assert validate_response("GET", "/api/articles", 200, {"articles": [ARTICLE], "articlesCount": 1}) == []
    assert validate_response("POST", "/api/articles", 201, {"article": ARTICLE}) == []
    assert validate_response("POST", "/api/articles/x/comments", 200, {"comment": COMMENT}) == []
    assert validate_response("GET", "/api/articles/x/comments", 200, {"comments": [COMMENT]}) == []
    assert validate_response("GET", "/api/tags", 200, {"tags": ["a", "b"]}) == []
    assert validate_response("GET", "/api/user", 401, {"errors": {"body": ["missing token"]}}) == []
    # extra fields are allowed; a DELETE may answer with an empty body or any JSON
    assert validate_response("GET", "/api/articles/x", 200, {"article": {**ARTICLE, "id": 7}}) == []
    assert validate_response("DELETE", "/api/articles/x", 200, NOT_JSON) == []
    assert validate_response("DELETE", "/api/articles/x/comments/1", 200, {}) == []
    assert validate_response("GET", "/api/health-check", 200, NOT_JSON) == []


def test_list_items_must_carry_body():
    item = {k: v for k, v in ARTICLE.items() if k != "body"}
    problems = response_violations("GET", "/api/articles/feed", 200, {"articles": [item], "articlesCount": 1})
    assert [(p.path, "'body' is a required property" in p.message) for p in problems] == [("$.articles[0]", True)]


@pytest.mark.parametrize(
    ("body", "where", "fragment"),
    [
        ({"article": {**ARTICLE, "favoritesCount": "0"}}, "$.article.favoritesCount", "not of type 'integer'"),
        ({"article": {**ARTICLE, "favorited": "false"}}, "$.article.favorited", "not of type 'boolean'"),
        ({"article": {**ARTICLE, "tagList": "a,b"}}, "$.article.tagList", "not of type 'array'"),
        ({"article": {**ARTICLE, "createdAt": "yesterday"}}, "$.article.createdAt", "date-time"),
        ({"article": {**ARTICLE, "updatedAt": "2016-02-18 03:22"}}, "$.article.updatedAt", "date-time"),
        ({"article": {**ARTICLE, "author": {**PROFILE, "bio": 5}}}, "$.article.author.bio", "not of type"),
        ({"article": {k: v for k, v in ARTICLE.items() if k != "slug"}}, "$.article", "'slug' is a required"),
        ({"Article": ARTICLE}, "$", "'article' is a required"),
        ([ARTICLE], "$", "not of type 'object'"),
    ],
)
def test_bad_bodies_are_caught_with_their_location(body, where, fragment):
    problems = response_violations("GET", "/api/articles/how-to-x", 200, body)
    assert any(p.path == where and fragment in p.message for p in problems), problems
    assert all(p.message.startswith("GET /articles/{slug} 200: ") for p in problems)


def test_undocumented_status_and_non_json_are_violations():
    assert validate_response("POST", "/api/users", 200, {"user": USER}) == [
        "POST /users: status 200 is not documented (documented: 201, 409, 422)"
    ]
    assert "status 500 is not documented" in validate_response("GET", "/api/tags", 500, NOT_JSON)[0]
    assert validate_response("GET", "/api/tags", 200, NOT_JSON) == ["GET /tags 200: the body must be JSON"]
    assert validate_response("GET", "/api/user", 401, {"errors": "nope"}) == [
        "GET /user 401: 'nope' is not of type 'object' (at $.errors)"
    ]


def test_messages_stay_short_for_huge_values():
    huge = "x" * 100_000
    [message] = validate_response("GET", "/api/tags", 200, {"tags": huge})
    assert len(message) < 300


def test_rfc3339():
    assert is_rfc3339("2024-05-01T12:30:00Z")
    assert is_rfc3339("2024-05-01T12:30:00.123456+02:00")
    assert is_rfc3339("2024-05-01t12:30:00.1234567891z")  # any number of fraction digits, either case
    assert not is_rfc3339("2024-05-01T12:30:00")  # an offset is required
    assert not is_rfc3339("2024-13-01T12:30:00Z")
    assert not is_rfc3339("2024-05-01T12:30:00+24:00")
    assert not is_rfc3339("2024-05-01T12:30:00Z\n")
    assert not is_rfc3339("1714566600")
    assert not is_rfc3339(1714566600)


def test_date_times_keep_their_instant_and_precision():
    seconds = parse_date_time("2024-05-01T12:30:00Z")
    assert seconds == DateTime(1_714_566_600 * 10**9, 0)
    assert parse_date_time("2024-05-01T14:30:00.5+02:00") == DateTime(1_714_566_600 * 10**9 + 500_000_000, 1)
    late_in_that_second = parse_date_time("2024-05-01T12:30:00.900Z")
    early_in_that_second = parse_date_time("2024-05-01T12:30:00.100Z")
    assert seconds.ties_with(late_in_that_second) and late_in_that_second.ties_with(seconds)
    assert not early_in_that_second.ties_with(late_in_that_second)
    assert not seconds.ties_with(parse_date_time("2024-05-01T12:30:01.000Z"))


def test_the_parsed_contract_is_kept_as_json_under_the_digest_of_its_yaml(tmp_path, monkeypatch):
    parsed = yaml.safe_load(OPENAPI_PATH.read_text(encoding="utf-8"))
    monkeypatch.setenv("DECAYBENCH_CACHE_DIR", str(tmp_path))
    try:
        load_openapi.cache_clear()
        assert load_openapi() == parsed
        [kept] = (tmp_path / "contract").glob("openapi-*.json")
        assert json.loads(kept.read_text()) == parsed
        kept.write_text('{"openapi": "3.1.0", "paths": {')  # a torn or damaged copy is parsed again
        load_openapi.cache_clear()
        assert load_openapi() == parsed and json.loads(kept.read_text()) == parsed
        not_a_directory = tmp_path / "file"
        not_a_directory.write_text("")
        monkeypatch.setenv("DECAYBENCH_CACHE_DIR", str(not_a_directory))  # nowhere to keep it: still loads
        load_openapi.cache_clear()
        assert load_openapi() == parsed
    finally:
        load_openapi.cache_clear()
