from flask import jsonify, request

from app.services.errors import Conflict, Forbidden, Invalid, NotFound, ServiceError, Unauthorized
from app.services.users import UserService

STATUS = {Invalid: 422, Unauthorized: 401, Forbidden: 403, NotFound: 404, Conflict: 409}
users = UserService()


def error_response(exc: ServiceError):
    return jsonify({"errors": {exc.key: [exc.message]}}), STATUS.get(type(exc), 400)


def current_user(required: bool = True):
    header = request.headers.get("Authorization", "")
    if not header.startswith("Token "):
        if required:
            raise Unauthorized("missing token")
        return None
    return users.user_from_token(header[len("Token "):])


def body_of(key: str) -> dict:
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or not isinstance(data.get(key), dict):
        raise Invalid("must be a JSON object", key="body")
    return data[key]
