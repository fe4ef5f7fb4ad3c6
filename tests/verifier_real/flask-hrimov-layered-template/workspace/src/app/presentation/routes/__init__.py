# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/presentation/routes/__init__.py
from flask import Flask

from .user import user_blueprint

def register(app: Flask) -> None:
    app.register_blueprint(user_blueprint)
