from __future__ import annotations

from flask import Blueprint, g, jsonify, request

from conduit import store
from conduit.auth import ApiError, check_password, hash_password, login_required, make_token
from conduit.serializers import user_json

bp = Blueprint("users", __name__)


def payload() -> dict:
    data = request.get_json(silent=True) or {}
    return data.get("user") if isinstance(data.get("user"), dict) else {}


@bp.post("/users")
def register():
    data = payload()
    for key in ("username", "email", "password"):
        if not str(data.get(key) or "").strip():
            raise ApiError(422, "can't be blank", key)
    if store.user_by_username(data["username"]):
        raise ApiError(422, "has already been taken", "username")
    if store.user_by_email(data["email"]):
        raise ApiError(422, "has already been taken", "email")
    user = store.insert_user(data["username"], data["email"], hash_password(data["password"]))
    return jsonify({"user": user_json(user, make_token(user["id"]))}), 201


@bp.post("/users/login")
def login():
    data = payload()
    for key in ("email", "password"):
        if not str(data.get(key) or "").strip():
            raise ApiError(422, "can't be blank", key)
    user = store.user_by_email(data["email"])
    if user is None or not check_password(user["password_hash"], data["password"]):
        raise ApiError(401, "email or password is invalid")
    return jsonify({"user": user_json(user, make_token(user["id"]))})


@bp.get("/user")
@login_required
def current():
    return jsonify({"user": user_json(g.user, g.token)})


@bp.put("/user")
@login_required
def update():
    data = payload()
    fields = {k: data[k] for k in ("username", "email", "bio", "image") if k in data}
    if data.get("password"):
        fields["password_hash"] = hash_password(data["password"])
    for key, finder in (("username", store.user_by_username), ("email", store.user_by_email)):
        if key in fields:
            other = finder(fields[key])
            if other and other["id"] != g.user["id"]:
                raise ApiError(422, "has already been taken", key)
    user = store.update_user(g.user["id"], fields)
    return jsonify({"user": user_json(user, g.token)})
