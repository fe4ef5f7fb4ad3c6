"""Users, the current user and profiles."""

from __future__ import annotations

from flask import Blueprint, jsonify

from conduit.routes.common import envelope, optional_user, required_user, services

users_bp = Blueprint("users", __name__)


@users_bp.post("/users")
def register():
    return jsonify({"user": services().users.register(envelope("user"))}), 201


@users_bp.post("/users/login")
def login():
    return jsonify({"user": services().users.login(envelope("user"))})


@users_bp.get("/user")
def current_user():
    return jsonify({"user": services().users.present(required_user())})


@users_bp.put("/user")
def update_user():
    user = required_user()
    return jsonify({"user": services().users.update(user, envelope("user"))})


@users_bp.get("/profiles/<username>")
def get_profile(username: str):
    return jsonify({"profile": services().profiles.get(username, optional_user())})


@users_bp.post("/profiles/<username>/follow")
def follow(username: str):
    return jsonify({"profile": services().profiles.follow(username, required_user())})


@users_bp.delete("/profiles/<username>/follow")
def unfollow(username: str):
    return jsonify({"profile": services().profiles.unfollow(username, required_user())})
