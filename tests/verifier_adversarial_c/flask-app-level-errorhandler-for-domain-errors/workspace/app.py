import os

from flask import Flask, jsonify

from db import SessionLocal, init_schema
from repositories.users import UserRepository
from routes.users import make_blueprint
from services.errors import DomainError
from services.users import UserService

STATUS = {"invalid": 422, "conflict": 409, "unauthorized": 401}


def create_app():
    init_schema()
    app = Flask(__name__)
    app.register_blueprint(make_blueprint(UserService(UserRepository(SessionLocal))))

    @app.errorhandler(DomainError)
    def domain_error(err):
        return jsonify({"errors": {err.field: [err.message]}}), STATUS[err.status_hint]

    return app


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
