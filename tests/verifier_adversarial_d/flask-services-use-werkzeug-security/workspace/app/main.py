from flask import Flask
from app.repositories.memory_users import InMemoryUserRepository
from app.services.users import UserService
from app.routes.users import build_users_blueprint


def create_app() -> Flask:
    app = Flask(__name__)
    users = UserService(InMemoryUserRepository())
    app.register_blueprint(build_users_blueprint(users), url_prefix="/api")
    return app
