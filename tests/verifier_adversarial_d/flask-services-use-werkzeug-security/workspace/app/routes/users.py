from flask import Blueprint, jsonify, request

from app.services.users import AuthError, UserService


def build_users_blueprint(service: UserService) -> Blueprint:
    bp = Blueprint("users", __name__)

    @bp.post("/users")
    def register():
        data = (request.get_json(silent=True) or {}).get("user") or {}
        user = service.register(data.get("username", ""), data.get("email", ""), data.get("password", ""))
        return jsonify(user={"username": user.username, "email": user.email, "bio": user.bio, "image": user.image, "token": ""}), 201

    @bp.post("/users/login")
    def login():
        data = (request.get_json(silent=True) or {}).get("user") or {}
        try:
            user = service.login(data.get("email", ""), data.get("password", ""))
        except AuthError as exc:
            return jsonify(errors={"body": [str(exc)]}), 401
        return jsonify(user={"username": user.username, "email": user.email, "bio": user.bio, "image": user.image, "token": ""})

    return bp
