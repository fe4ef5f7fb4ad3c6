from flask import Blueprint, jsonify

from app.routes.common import body_of, current_user, users

bp = Blueprint("users", __name__, url_prefix="/api")


def _user_json(user):
    return {"user": {"email": user.email, "username": user.username, "bio": user.bio,
                     "image": user.image, "token": users.token_for(user)}}


@bp.post("/users")
def register():
    data = body_of("user")
    user = users.register(data.get("username"), data.get("email"), data.get("password"))
    return jsonify(_user_json(user)), 201


@bp.post("/users/login")
def login():
    data = body_of("user")
    return jsonify(_user_json(users.login(data.get("email"), data.get("password"))))


@bp.get("/user")
def me():
    return jsonify(_user_json(current_user()))


@bp.put("/user")
def update_me():
    return jsonify(_user_json(users.update(current_user(), **body_of("user"))))


@bp.get("/profiles/<username>")
def profile(username):
    return jsonify({"profile": users.profile(username, current_user(required=False))})


@bp.post("/profiles/<username>/follow")
def follow(username):
    return jsonify({"profile": users.follow(current_user(), username, True)})


@bp.delete("/profiles/<username>/follow")
def unfollow(username):
    return jsonify({"profile": users.follow(current_user(), username, False)})
