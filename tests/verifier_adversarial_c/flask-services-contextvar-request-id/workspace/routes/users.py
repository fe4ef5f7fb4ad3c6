from flask import Blueprint, jsonify, request

import uuid

from services.audit import request_id
from services.errors import DomainError

STATUS = {"invalid": 422, "conflict": 409, "unauthorized": 401}


def make_blueprint(user_service):
    bp = Blueprint("users", __name__)

    @bp.before_app_request
    def tag_request():
        request_id.set(request.headers.get("X-Request-Id") or uuid.uuid4().hex)

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
        body = (request.get_json(silent=True) or {}).get("user") or {}
        return jsonify({"user": user_service.login(body.get("email"), body.get("password"))})

    return bp
