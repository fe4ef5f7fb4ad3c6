from flask import Blueprint, jsonify, request

from blog.services.errors import AppError
from blog.services.users import UserService


def users_blueprint(service: UserService) -> Blueprint:
    bp = Blueprint("users", __name__, url_prefix="/api")

    @bp.errorhandler(AppError)
    def app_error(error: AppError):
        return jsonify({"errors": {"body": [str(error)]}}), error.status

    @bp.post("/users")
    def register():
        body = (request.get_json(silent=True) or {}).get("user") or {}
        user = service.register(body.get("username", ""), body.get("email", ""), body.get("password", ""))
        return jsonify({"user": {"username": user.username, "email": user.email, "bio": None, "image": None, "token": ""}}), 201

    @bp.get("/profiles/<username>")
    def profile(username):
        user = service.profile(username)
        return jsonify({"profile": {"username": user.username, "bio": user.bio, "image": user.image, "following": False}})

    return bp
