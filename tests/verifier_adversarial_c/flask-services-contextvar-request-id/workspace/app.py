import os

from flask import Flask

from db import SessionLocal, init_schema
from repositories.users import UserRepository
from routes.users import make_blueprint
from services.users import UserService


def create_app():
    init_schema()
    app = Flask(__name__)
    app.register_blueprint(make_blueprint(UserService(UserRepository(SessionLocal))))
    return app


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
