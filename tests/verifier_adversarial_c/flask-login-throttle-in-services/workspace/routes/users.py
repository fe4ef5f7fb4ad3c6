from flask import Blueprint, jsonify, request

from services.errors import DomainError
from services.throttle import LoginThrottle, TooManyAttempts

STATUS = {"invalid": 422, "conflict": 409, "unauthorized": 401}


def make_blueprint(user_service):
    bp = Blueprint("users", __name__)
    throttle = LoginThrottle()

    @bp.errorhandler(TooManyAttempts)
    def too_many(err):
        response = jsonify({"errors": {"body": [str(err)]}})
        response.headers["Retry-After"] = str(err.retry_after)
        return response, 429

    @bp.errorhandler(DomainError)
    def domain_error(err):
        return jsonify({"errors": {err.field: [err.message]}}), STATUS[err.status_hint]

    @bp.post("/api/users")
    def register():
        body = (request.get_json(silent=True) or {}).get("user") or {}
        user = user_service.register(body.get("email"), body.get("username"), body.get("password"))
        return jsonify({"user": user}), 201

    @bp.post("/api/users/login")
    def login():
        throttle.hit(request.remote_addr)
        body = (request.get_json(silent=True) or {}).get("user") or {}
        return jsonify({"user": user_service.login(body.get("email"), body.get("password"))})

    return bp
